import { findImage } from '../../../sim/images';
import { findMachine, nodeOfMachine } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import { localContainers } from '../../../sim/query/localContainers';
import type { World } from '../../../sim/world';
import type { GoValue } from '../../format/goValue';
import { engineDetails } from './engineDetails';

/** `995.6MiB` back to bytes, as the API's MemTotal. */
function bytes(text: string): number {
  return Math.round(Number.parseFloat(text) * 1024 * 1024);
}

/** swarm.Info: the node's view of its swarm (LocalNodeState, NodeID, managers...). */
function swarmData(world: World, machine: string): GoValue {
  const node = nodeOfMachine(world, machine);
  const swarm = world.swarm;
  const ip = findMachine(world, machine)?.ip ?? '';
  if (!node || !swarm) return { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null };
  const members = swarm.nodes.filter((n) => !n.left);
  const managers = members.filter((n) => n.role === 'manager');
  const remote = managers.map((n) => ({ NodeID: n.id, Addr: `${findMachine(world, n.machine)?.ip ?? ''}:2377` }));
  const manager = node.role === 'manager';
  return {
    NodeID: node.id,
    NodeAddr: ip,
    LocalNodeState: 'active',
    ControlAvailable: manager,
    Error: '',
    RemoteManagers: remote,
    ...(manager ? { Nodes: members.length, Managers: managers.length, Cluster: { ID: swarm.id } } : {}),
  };
}

/** The data `docker info --format` runs over (the daemon's system.Info; the fields the playground knows). */
export function infoData(world: World, machine: string, id: string): GoValue {
  const p = profiles[world.profile];
  const d = engineDetails[p.name];
  const all = localContainers(world, machine, true);
  const running = all.filter((c) => c.state === 'running').length;
  return {
    ID: id,
    Containers: all.length,
    ContainersRunning: running,
    ContainersPaused: 0,
    ContainersStopped: all.length - running,
    Images: new Set(all.map((c) => findImage(c.image)?.repository ?? c.image)).size,
    Driver: d.storageDriver[0] ?? '',
    LoggingDriver: 'json-file',
    CgroupDriver: 'cgroupfs',
    KernelVersion: d.kernel,
    OperatingSystem: d.operatingSystem,
    OSType: 'linux',
    Architecture: 'x86_64',
    NCPU: 1,
    MemTotal: bytes(d.totalMemory),
    DockerRootDir: p.name === '17.10' ? '/mnt/sda1/var/lib/docker' : '/var/lib/docker',
    Name: machine,
    Labels: ['provider=virtualbox'],
    ExperimentalBuild: false,
    ServerVersion: p.engineVersion,
    Swarm: swarmData(world, machine),
    LiveRestoreEnabled: false,
  };
}

import { attach, isSimError } from '../addressing';
import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { engineId } from '../ids';
import { findImage, normalizeImage } from '../images';
import { findMachine, gwbridgeOf, localNetworkByName, nodeOfMachine } from '../lookup';
import { reconcile } from '../service/reconcile';
import type { Container, Network } from '../world';
import { randomName } from './names';

type Run = Extract<Change, { type: 'container/run' }>;

/**
 * `docker run -d [--network N] IMAGE [CMD]`: a standalone container on a local bridge (default `bridge`) or
 * an attachable overlay (plus docker_gwbridge for the way out). Returns the container id.
 */
export function runContainer(d: Draft, c: Run): string | SimError {
  const machine = findMachine(d, c.on);
  if (!machine) return simError('no-such-machine', { machine: c.on });
  const spec = c.spec;
  const image = findImage(spec.image);
  if (!image) return simError('image-not-found', { image: normalizeImage(spec.image) });
  const name = spec.name ?? randomName(d.rng);
  if (Object.values(d.containers).some((x) => x.machine === c.on && x.name === name)) {
    const holder = Object.values(d.containers).find((x) => x.machine === c.on && x.name === name);
    return simError('container-name-in-use', { name, id: holder?.id ?? '' });
  }
  const network = pickNetwork(d, c.on, spec.network ?? 'bridge');
  if (isSimError(network)) return network;
  const container: Container = {
    id: engineId(d.rng),
    name,
    image: spec.image,
    command: spec.command.length > 0 ? spec.command : [...image.entrypoint, ...image.cmd],
    machine: c.on,
    createdAt: d.now,
    state: 'running',
    startedAt: d.now,
    exitCode: 0,
    task: null,
    hostname: spec.hostname ?? '',
    interfaces: [],
    ports: spec.ports,
    packages: [],
    aptUpdated: false,
  };
  const interfaces: string[] = [];
  if (network.driver !== 'null' && network.driver !== 'host') {
    const e = attach(d, network, { kind: 'container', container: container.id }, spec.aliases);
    if (isSimError(e)) return e;
    interfaces.push(e.id);
    const gw = gwbridgeOf(d, c.on);
    if (network.scope === 'swarm' && !network.internal && gw) {
      const onGw = attach(d, gw, { kind: 'container', container: container.id });
      if (!isSimError(onGw)) interfaces.push(onGw.id);
    }
  }
  const hostname = spec.hostname ?? (network.driver === 'host' ? machine.name : container.id.slice(0, 12));
  d.putContainer({ ...container, hostname, interfaces });
  if (network.scope === 'swarm') reconcile(d);
  return container.id;
}

function pickNetwork(d: Draft, machine: string, ref: string): Network | SimError {
  const local = localNetworkByName(d, machine, ref) ??
    Object.values(d.networks).find((n) => n.machine === machine && (n.id === ref || n.id.startsWith(ref)));
  if (local) return local;
  const swarmNet = Object.values(d.networks).find((n) => n.scope === 'swarm' && (n.name === ref || n.id === ref || (ref.length >= 3 && n.id.startsWith(ref))));
  if (!swarmNet || !nodeOfMachine(d, machine)) return simError('network-not-found', { name: ref });
  if (!swarmNet.attachable) return simError('network-not-attachable', { name: ref });
  return swarmNet;
}

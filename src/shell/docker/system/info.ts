import { findImage } from '../../../sim/images';
import { findMachine } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import { localContainers } from '../../../sim/query/localContainers';
import { ok } from '../../types';
import { cliStyleOf } from '../cliStyle';
import { str, type DockerCommand } from '../dockerCommand';
import { infoData } from './infoData';
import { templateOutput } from './templateOutput';
import { engineDetails } from './engineDetails';
import { swarmInfo } from './swarmInfo';

/** The engine ID as the profile's engine shows it: a UUID today, a libtrust key id (`ABCD:EFGH:...`) in 17.10. */
export function engineIdText(hex: string, modern: boolean): string {
  if (modern) return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  return (hex.slice(0, 48).toUpperCase().match(/.{4}/g) ?? []).join(':');
}

/** `docker info`: counts, engine facts and the swarm section of this node. */
export const info: DockerCommand = {
  spec: {
    path: ['info'],
    use: 'info [OPTIONS]',
    short: 'Display system-wide information',
    args: 'none',
    flags: [{ name: 'format', shorthand: 'f', type: 'string', usage: 'Format output using a custom template' }],
  },
  run: (input, ctx) => {
    const p = profiles[ctx.world.profile];
    const d = engineDetails[p.name];
    const modern = cliStyleOf(p.name) === 'modern';
    const format = str(input.flags.format);
    if (format) {
      const id = engineIdText(findMachine(ctx.world, ctx.machine)?.engineId ?? '', modern);
      return templateOutput(format, infoData(ctx.world, ctx.machine, id), '', cliStyleOf(p.name));
    }
    const s = modern ? ' ' : '';
    const all = localContainers(ctx.world, ctx.machine, true);
    const running = all.filter((c) => c.state === 'running').length;
    const images = new Set(all.map((c) => findImage(c.image)?.repository ?? c.image)).size;
    const machine = findMachine(ctx.world, ctx.machine);
    const lines = [
      ...(modern ? ['Client:', ` Version:    ${p.engineVersion}`, ' Context:    default', ' Debug Mode: false', '', 'Server:'] : []),
      `${s}Containers: ${all.length}`,
      `${s} Running: ${running}`,
      `${s} Paused: 0`,
      `${s} Stopped: ${all.length - running}`,
      `${s}Images: ${images}`,
      `${s}Server Version: ${p.engineVersion}`,
      `${s}Storage Driver: ${d.storageDriver[0]}`,
      ...d.storageDriver.slice(1).map((l) => `${s}${l}`),
      `${s}Logging Driver: json-file`,
      `${s}Cgroup Driver: cgroupfs`,
      ...(modern ? [' Cgroup Version: 2'] : []),
      `${s}Plugins:`,
      `${s} Volume: local`,
      `${s} Network: ${d.networkPlugins}`,
      `${s} Log: ${d.logPlugins}`,
      ...swarmInfo(ctx.world, ctx.machine, s, modern),
      `${s}Runtimes: ${modern ? 'io.containerd.runc.v2 runc' : 'runc'}`,
      `${s}Default Runtime: runc`,
      `${s}Init Binary: docker-init`,
      `${s}containerd version: ${d.containerd.commit}`,
      `${s}runc version: ${d.runc.commit}`,
      `${s}init version: ${d.init.commit}`,
      `${s}Security Options:`,
      `${s} seccomp`,
      `${s}  Profile: ${modern ? 'builtin' : 'default'}`,
      `${s}Kernel Version: ${d.kernel}`,
      `${s}Operating System: ${d.operatingSystem}`,
      `${s}OSType: linux`,
      `${s}Architecture: x86_64`,
      `${s}CPUs: 1`,
      `${s}Total Memory: ${d.totalMemory}`,
      `${s}Name: ${ctx.machine}`,
      `${s}ID: ${engineIdText(machine?.engineId ?? '', modern)}`,
      `${s}Docker Root Dir: ${modern ? '/var/lib/docker' : '/mnt/sda1/var/lib/docker'}`,
      ...(modern ? [' Debug Mode: false'] : ['Debug Mode (client): false', 'Debug Mode (server): false', 'Registry: https://index.docker.io/v1/']),
      `${s}Labels:`,
      `${s} provider=virtualbox`,
      `${s}Experimental: false`,
      `${s}Insecure Registries:`,
      `${s} 127.0.0.0/8`,
      `${s}Live Restore Enabled: false`,
      ...(modern ? [' Product License: Community Engine', ''] : []),
    ];
    return ok(lines.join('\n') + '\n');
  },
};

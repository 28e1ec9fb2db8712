import type { Service, World } from '../../../sim/world';
import { specImage } from './serviceView';

/**
 * docker/cli's serviceInspectPrettyTemplate, written out for the fields a playground service has.
 * Tabs are printed raw (the terminal expands them), and the text starts with an empty line, as docker's does.
 */
export function servicePretty(world: World, s: Service, hasInit: boolean): string {
  const spec = s.spec;
  let out = `\nID:\t\t${s.id}\nName:\t\t${spec.name}\nService Mode:`;
  out += spec.mode.kind === 'global' ? '\tGlobal' : `\tReplicated\n Replicas:\t${spec.mode.replicas}`;
  out += '\nPlacement:';
  if (spec.constraints.length) out += `\n Constraints:\t[${spec.constraints.join(' ')}]`;
  for (const [title, order] of [['UpdateConfig', 'Update order:     '], ['RollbackConfig', 'Rollback order:   ']]) {
    out += `\n${title}:\n Parallelism:\t1\n On failure:\tpause\n Monitoring Period: 5s\n Max failure ratio: 0\n ${order} stop-first`;
  }
  out += `\nContainerSpec:\n Image:\t\t${specImage(spec.image)}`;
  if (spec.args.length) out += `\n Args:\t\t${spec.args.map((a) => `${a} `).join('')}`;
  if (hasInit) out += '\n Init:\t\tfalse';
  out += '\nResources:';
  const names = spec.networks.map((n) => world.networks[n.network]?.name ?? n.network);
  if (names.length) out += `\nNetworks:${names.map((n) => ` ${n}`).join('')} `;
  out += `\nEndpoint Mode:\t${spec.endpointMode}`;
  if (spec.ports.length) {
    out += '\nPorts:';
    for (const p of spec.ports) out += `\n PublishedPort = ${p.published}\n  Protocol = ${p.protocol}\n  TargetPort = ${p.target}\n  PublishMode = ${p.mode}`;
    out += ' ';
  }
  return out + '\n';
}

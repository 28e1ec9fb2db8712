import type { Service, World } from '../../../sim/world';
import { bytesSize } from '../../format/bytesSize';
import { defaultDeploy, type Resources } from '../../../sim/service/deploySpec';
import { formatGoDuration } from '../../cli/goDuration';
import { specImage } from './serviceView';

/**
 * docker/cli's serviceInspectPrettyTemplate, written out for the fields a playground service has.
 * Tabs are printed raw (the terminal expands them), and the text starts with an empty line, as docker's does.
 */
export function servicePretty(world: World, s: Service, hasInit: boolean): string {
  const spec = s.spec;
  let out = `\nID:\t\t${s.id}\nName:\t\t${spec.name}\nService Mode:`;
  out += spec.mode.kind === 'global' ? '\tGlobal' : `\tReplicated\n Replicas:\t${spec.mode.replicas}`;
  const deploy = spec.deploy ?? defaultDeploy;
  out += '\nPlacement:';
  if (spec.constraints.length) out += `\n Constraints:\t[${spec.constraints.join(' ')}]`;
  if (deploy.placementPrefs.length) out += `\n Preferences:   [${deploy.placementPrefs.map((p) => `Spread=${p.replace(/^spread=/, '')}`).join(' ')}]`;
  for (const [title, order, p] of [['UpdateConfig', 'Update order:     ', deploy.update], ['RollbackConfig', 'Rollback order:   ', deploy.rollback]] as const) {
    out += `\n${title}:\n Parallelism:\t${p.parallelism}`;
    if (p.delayNs > 0) out += `\n Delay:\t\t${formatGoDuration(p.delayNs)}`;
    out += `\n On failure:\t${p.failureAction}`;
    if (p.monitorNs > 0) out += `\n Monitoring Period: ${formatGoDuration(p.monitorNs)}`;
    out += `\n Max failure ratio: ${p.maxFailureRatio}\n ${order} ${p.order}`;
  }
  out += `\nContainerSpec:\n Image:\t\t${specImage(spec.image)}`;
  if (spec.args.length) out += `\n Args:\t\t${spec.args.map((a) => `${a} `).join('')}`;
  if (hasInit) out += '\n Init:\t\tfalse';
  out += `\nResources:${resourcesText(deploy.reservations, 'Reservations')}${resourcesText(deploy.limits, 'Limits')}`;
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

/** The Reservations/Limits block of `--pretty`: CPUs as a float, memory as go-units BytesSize. */
function resourcesText(r: Resources, title: string): string {
  if (!r.nanoCpus && !r.memoryBytes) return '';
  let out = `\n ${title}:`;
  if (r.nanoCpus > 0) out += `\n  CPU:\t\t${r.nanoCpus / 1e9}`;
  if (r.memoryBytes) out += `\n  Memory:\t${bytesSize(r.memoryBytes)}`;
  return out;
}


import { isManager, networksVisibleOn } from '../../../sim/lookup';
import type { Change } from '../../../sim/changes';
import type { Network, World } from '../../../sim/world';
import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { bool } from '../dockerCommand';
import { confirm, question } from '../confirm';
import { naturalCompare } from '../../format/naturalLess';

const WARNING = question('WARNING! This will remove all custom networks not used by at least one container.');

/** Networks prune would try: this engine's custom local networks, then (on a manager) the cluster's custom overlays. */
function candidates(w: World, machine: string): Network[] {
  const visible = networksVisibleOn(w, machine).filter((n) => !n.predefined && !n.ingress && n.name !== 'docker_gwbridge');
  const local = visible.filter((n) => n.scope === 'local').sort((a, b) => naturalCompare(a.name, b.name));
  const swarm = isManager(w, machine) ? visible.filter((n) => n.scope === 'swarm').sort((a, b) => naturalCompare(a.name, b.name)) : [];
  return [...local, ...swarm];
}

/** `docker network prune [-f]`: without -f it asks (`confirm`), and anything but `y`/`Y` on stdin means no. */
export const networkPrune: DockerCommand = {
  spec: {
    path: ['network', 'prune'],
    use: 'prune [OPTIONS]',
    short: 'Remove all unused networks',
    args: 'none',
    flags: [
      { name: 'filter', type: 'filter', valueName: 'filter', usage: `Provide filter values (e.g. "until=<timestamp>")` },
      { name: 'force', shorthand: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    ],
  },
  run(input, ctx) {
    const answer = bool(input.flags.force) ? null : confirm(ctx.stdin, WARNING, ctx.answer);
    const asks = answer?.asks ? { asks: answer.asks } : {};
    // A refusal prints nothing more (docker/cli's "cancelled" ends in exit 0 without a word).
    if (answer && !answer.yes) return { stdout: answer.printed, stderr: '', exitCode: 0, ...asks };
    const prompt = answer?.printed ?? '';
    let world = ctx.world;
    const deleted: string[] = [];
    const changes: Change[] = [];
    for (const n of candidates(world, ctx.machine)) {
      const change: Change = { type: 'network/rm', on: ctx.machine, network: n.id };
      const r = applyFor(world, change);
      if (!r.ok) continue;
      world = r.world;
      changes.push(change);
      deleted.push(n.name);
    }
    const report = deleted.length > 0 ? `Deleted Networks:\n${deleted.map((d) => `${d}\n`).join('')}\n` : '';
    const stdout = prompt + report;
    return changes.length > 0 ? { stdout, stderr: '', exitCode: 0, world, changes, ...asks } : { stdout, stderr: '', exitCode: 0, ...asks };
  },
};

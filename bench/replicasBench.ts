import { builtinScenarios } from '../src/scenario/builtins';
import { initialWorld } from '../src/scenario/load';
import { newSession, runLine } from '../src/shell/session';
import type { BenchContext } from './sections';

/** `docker service create --replicas N` on three-node for growing N, up to the playground's limit: near linear. */
export function replicasBench({ time }: BenchContext): void {
  const session = { ...newSession(), stack: [{ kind: 'laptop' as const }, { kind: 'node' as const, machine: 'default' }] };
  const figures: string[] = [];
  for (const n of [1_250, 2_500, 5_000, 10_000]) {
    const world = initialWorld(builtinScenarios['three-node']!);
    const t = time(() => runLine(world, session, `docker service create --name web --replicas ${n} nginx`));
    const scaled = time(() => runLine(t.value.world, session, 'docker service scale -d web=10'));
    figures.push(`${n.toLocaleString('en')}: ${t.ms.toFixed(0)} ms (scale back to 10: ${scaled.ms.toFixed(0)} ms)`);
  }
  console.log(`service create --replicas N on three-node: ${figures.join('; ')}`);
}

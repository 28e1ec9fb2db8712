import { resolve } from '../src/sim/dns/resolve';
import { isServing } from '../src/sim/lookup';
import type { BenchContext } from './sections';

/** 10,000 name lookups from task containers on the 100-node world (service names, tasks.<svc>, misses). */
export function dnsBench({ world, buildMs, time }: BenchContext): void {
  const clients = Object.values(world.tasks).filter((t) => isServing(world, t) && t.container).map((t) => t.container as string);
  const names = Object.values(world.services).flatMap((s) => [s.spec.name, `tasks.${s.spec.name}`, `${s.spec.name}.nope`]);
  const run = time(() => {
    let answers = 0;
    for (let i = 0; i < 10_000; i++) {
      const r = resolve(world, clients[i % clients.length] as string, names[i % names.length] as string, 'A');
      answers += r.answers.length;
    }
    return answers;
  });
  console.log(`resolve 10,000 names: ${run.ms.toFixed(1)} ms (${run.value} answers); with the build: ${(buildMs + run.ms).toFixed(1)} ms`);
}

import { builtinScenarios } from '../src/scenario/builtins';
import { initialWorld } from '../src/scenario/load';
import { replayScript } from '../src/scenario/replay';
import { newSession, runLine } from '../src/shell/session';
import type { BenchContext } from './sections';

/** One command on the three-node scenario (median of many), and a 200-line script replayed whole. */
export function shellBench({ time, median }: BenchContext): void {
  const world = initialWorld(builtinScenarios['three-node']!);
  const session = { ...newSession(), stack: [{ kind: 'laptop' as const }, { kind: 'node' as const, machine: 'default' }] };
  const lines = ['docker network ls', 'docker node ls', 'docker service ls', 'docker network inspect ingress', 'docker ps'];
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) samples.push(time(() => runLine(world, session, lines[i % lines.length] as string)).ms);
  console.log(`one command on three-node: median ${median(samples).toFixed(3)} ms over ${samples.length} runs`);

  const body: string[] = ['docker-machine ssh default'];
  for (let i = 0; body.length < 200; i++) {
    body.push(`docker network create -d overlay net${i}`, `docker service create -d --name s${i} --network net${i} --replicas 2 nginx`, 'docker service ls', `docker network inspect net${i}`);
  }
  const script = body.slice(0, 200).join('\n');
  const replay = time(() => replayScript(world, newSession(), script));
  console.log(`replay of a 200-line script: ${replay.ms.toFixed(1)} ms (${replay.value.transcript.length} characters out)`);
}

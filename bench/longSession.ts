import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { builtinScenarios } from '../src/scenario/builtins';
import { initialWorld } from '../src/scenario/load';
import { replayLines } from '../src/scenario/replay';
import { newSession, type Session } from '../src/shell/session';
import type { World } from '../src/sim/world';
import type { BenchContext } from './sections';

/** Commands in the long session, and how many make one timed block. */
const COMMANDS = 10_000;
const BLOCK = 1_000;

/** The i-th command of a learner's long session: services and networks come and go, `web` is scaled and forced over and over. */
export function sessionLine(i: number): string {
  const k = Math.floor(i / 12);
  const cycle = [
    `docker network create -d overlay net${k}`,
    `docker service create -d --name s${k} --network net${k} --replicas 3 nginx`,
    'docker service scale -d web=3',
    'docker service ls',
    'docker service scale -d web=10',
    `docker service ps s${k}`,
    'docker service update -d --force web',
    `docker network inspect net${k}`,
    'docker ps',
    'docker node ls',
    `docker service rm s${k}`,
    `docker network rm net${k}`,
  ];
  return cycle[i % cycle.length] as string;
}

function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : () => {};
}

/** 10,000 commands typed into one headless session: time per 1,000 commands and the heap at the start and end. */
export function longSessionBench({ time }: BenchContext): void {
  const gc = collector();
  let world: World = initialWorld(builtinScenarios['three-node']!);
  let session: Session = { ...newSession(), stack: [{ kind: 'laptop' }, { kind: 'node', machine: 'default' }] };
  const start = replayLines(world, session, ['docker service create -d --name web --replicas 10 nginx']);
  world = start.world;
  session = start.session;
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const blocks: number[] = [];
  const cpu: number[] = [];
  for (let b = 0; b < COMMANDS / BLOCK; b++) {
    const c0 = process.cpuUsage();
    const t = time(() => {
      for (let i = b * BLOCK; i < (b + 1) * BLOCK; i++) {
        const r = replayLines(world, session, [sessionLine(i)]);
        world = r.world;
        session = r.session;
      }
    });
    blocks.push(t.ms);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  gc();
  const heap1 = process.memoryUsage().heapUsed;
  const mb = (n: number) => (n / 1e6).toFixed(1);
  const list = (xs: number[]) => xs.map((ms) => ms.toFixed(0)).join(', ');
  console.log(`long session, ${COMMANDS.toLocaleString('en')} commands: ms per ${BLOCK.toLocaleString('en')} commands ${list(blocks)} (CPU ms ${list(cpu)})`);
  console.log(`long session: heap ${mb(heap0)} MB at the start, ${mb(heap1)} MB at the end; ${Object.keys(world.containers).length} containers, ${Object.keys(world.tasks).length} tasks, ${Object.keys(world.endpoints).length} endpoints at the end`);
}

import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../src/scenario/builtins';
import { loadScenario } from '../../src/scenario/load';
import { runLine } from '../../src/shell/session';

describe('the big-50 benchmark scenario', () => {
  const { world, session } = loadScenario(builtinScenarios['big-50']!);

  it('has 50 swarm nodes, 500 running web tasks and c1 on bignet (and docker_gwbridge)', () => {
    const running = Object.values(world.tasks).filter((t) => t.desired === 'running' && t.container !== null);
    const c1 = Object.values(world.containers).find((c) => c.name === 'c1');
    const onBignet = c1?.interfaces.map((id) => world.networks[world.endpoints[id]?.network ?? '']?.name);
    expect([world.swarm?.nodes.length, running.length, onBignet]).toEqual([50, 500, ['bignet', 'docker_gwbridge']]);
  });

  it('gives a wget from c1 to web a delivered trace of DNS and HTTP packets', () => {
    const inC1 = runLine(world, session, 'docker exec -it c1 sh');
    const r = runLine(inC1.world, inC1.session, 'wget -qO- web');
    const packets = r.traces?.[0]?.packets ?? [];
    expect(r.output).toContain('<title>Welcome to nginx!</title>');
    expect(packets.map((p) => `${p.kind} ${p.direction} ${p.outcome}`)).toEqual([
      'dns request delivered',
      'dns reply delivered',
      'tcp request delivered',
      'tcp reply delivered',
      'http request delivered',
      'http reply delivered',
    ]);
  });
});

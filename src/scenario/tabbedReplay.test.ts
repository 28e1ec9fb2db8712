import { describe, expect, it } from 'vitest';
import { golden } from '../testing/golden';
import { builtinScenarios } from './builtins';
import { initialWorld } from './load';
import { replayScript } from './replay';
import { newSession } from '../shell/session';

const file = new URL('./testdata/tabbed-replay.golden', import.meta.url).pathname;

describe('replay with @tab', () => {
  const script = [
    'docker-machine ssh default',
    'docker network create --driver=overlay --attachable test-net',
    'docker run -it --name alpine1 --network test-net alpine',
    '@tab 1',
    'docker-machine ssh default-2',
    'docker run -dit --name alpine2 --network test-net alpine',
    'docker exec alpine2 ping -c 1 alpine1',
    '@tab 0',
    'ping -c 1 alpine2',
    'exit',
    '@tab 1',
    'docker exec alpine2 ping 192.168.99.100',
    '@tab 0',
    'docker container rm alpine1',
  ].join('\n');

  it('types into each tab in turn and shows every screen, with a waiting prompt where typing moved away', () => {
    const r = replayScript(initialWorld(builtinScenarios['three-node']!), newSession(), script);
    expect(r.transcript).toBe(golden(file, r.transcript));
    expect(r.model.tabs.map((t) => t.id)).toEqual([0, 1]);
    // The ping left running in tab 1 was interrupted at the end, and typing ended in tab 0.
    expect(r.model.tabs.every((t) => t.running === null)).toBe(true);
    expect(r.session.stack.at(-1)).toEqual({ kind: 'node', machine: 'default' });
  });

  it('keeps a one-tab script exactly as before', () => {
    const one = script.split('\n').filter((l) => !l.startsWith('@tab')).join('\n');
    const r = replayScript(initialWorld(builtinScenarios['three-node']!), newSession(), one);
    expect(r.transcript).toBe(r.model.tabs[0]!.transcript);
    expect(r.transcript).not.toContain('@tab');
  });
});

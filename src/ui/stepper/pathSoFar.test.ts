import { describe, expect, it } from 'vitest';
import { C1_PINGS_WEB_TASK, stateAfter } from './fixtures';
import { pathSoFar, selectPathSoFar } from './pathSoFar';

describe('path so far', () => {
  const s = stateAfter(C1_PINGS_WEB_TASK);
  const id = (name: string) => Object.values(s.world.containers).find((c) => c.name === name || c.name.startsWith(`${name}.`))?.id;
  const mynet = Object.values(s.world.networks).find((n) => n.name === 'mynet')?.id;
  const web1 = Object.values(s.world.containers).find((c) => c.machine === 'default-2')?.id;

  it('lists the elements the packet has been at, up to the cursor, without repeats in a row', () => {
    expect(pathSoFar(s.world, s.traces, { trace: 0, packet: 0, hop: 0 })).toEqual([`container:${id('c1')}`]);
    expect(pathSoFar(s.world, s.traces, { trace: 0, packet: 0, hop: 6 })).toEqual([
      `container:${id('c1')}`,
      `ns:default:${mynet}`,
      'host:default',
      `ns:default-2:${mynet}`,
      `container:${web1}`,
    ]);
    expect(pathSoFar(s.world, s.traces, { trace: 0, packet: 1, hop: 1 })).toEqual([`container:${web1}`, `ns:default-2:${mynet}`]);
    expect(pathSoFar(s.world, s.traces, null)).toEqual([]);
    expect(selectPathSoFar({ ...s, cursor: { trace: 0, packet: 0, hop: 1 } })).toBe(`container:${id('c1')} ns:default:${mynet}`);
  });
});

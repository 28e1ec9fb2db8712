import { describe, expect, it } from 'vitest';
import { threeNode } from '../scenario/builtins';
import { initialWorld } from '../scenario/load';
import { derived, derivedMap } from './derived';
import { Draft } from './draft';
import { endpointIndex } from './query/endpointIndex';
import { ipvsTable } from './query/ipvsTable';
import { harness } from '../testing/harness';

describe('derived: one cache, keyed on the world object', () => {
  it('computes once per world and key', () => {
    const w = initialWorld(threeNode);
    let runs = 0;
    const a = derived(w, 'k', () => ({ n: ++runs }));
    expect(derived(w, 'k', () => ({ n: ++runs }))).toBe(a);
    expect(derived(w, 'other', () => ++runs)).toBe(2);
    expect(derived({ ...w }, 'k', () => ({ n: ++runs }))).toEqual({ n: 3 });
    expect(derivedMap(w, 'm')).toBe(derivedMap(w, 'm'));
  });

  it('keeps nothing for a Draft, which changes in place', () => {
    const d = new Draft(initialWorld(threeNode));
    let runs = 0;
    derived(d, 'k', () => ++runs);
    derived(d, 'k', () => ++runs);
    expect(runs).toBe(2);
    expect(derivedMap(d, 'm')).not.toBe(derivedMap(d, 'm'));
  });

  it('a view sharing every table but the networks gets its own tables, never a stale one', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker service create -d --name web -p 8080:80 nginx');
    const w = h.world;
    const ingress = Object.values(w.networks).find((n) => n.ingress);
    if (!ingress) throw new Error('no ingress');
    expect(ipvsTable(w, ingress.id).map((v) => v.backends.length)).toEqual([1]);
    // Same endpoints, tasks, containers, services and machines; no ingress network: no IPVS service on it.
    // (The old cache, keyed on the endpoint table, answered this view from the first world's table.)
    const networks = Object.fromEntries(Object.entries(w.networks).filter(([id]) => id !== ingress.id));
    expect(ipvsTable({ ...w, networks }, ingress.id)).toEqual([]);
    expect(endpointIndex({ ...w, tasks: {} }).tasksByService.size).toBe(0);
    expect(endpointIndex(w).tasksByService.size).toBe(1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noSwarm, seed2017, threeNode } from '../../scenario/builtins';
import { parseScenario, validateScenario, type Scenario } from '../../scenario/format';
import { loadScenario } from '../../scenario/load';

/** Valid files to start from: the built-ins (big-50 aside: too slow to load hundreds of times), with commands and a layout. */
const bases: readonly Scenario[] = [
  threeNode,
  seed2017,
  noSwarm,
  { ...threeNode, name: 'lesson', commands: ['docker-machine ssh default', 'docker network create -d overlay --attachable on', 'docker run -dit --name c1 --network on alpine', 'exit'], layout: { 'machine:default': { x: 10, y: 20 } } },
];

type Path = readonly (string | number)[];

/** Every path to a value inside `v` (the root excluded). */
function paths(v: unknown, at: Path = []): Path[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...at, i], ...paths(x, [...at, i])]);
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...paths(x, [...at, k])]);
  return [];
}

const odd = fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -1, 0, 1.5, 2 ** 53, 1e308, -1e308, '', '0', 'x'.repeat(300), null, true, [], {}, '__proto__', '127.0.0.1', '10.0.0.2', '+275760-09-13T00:00:00.000Z', 'default');
const op = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: fc.oneof(odd, fc.jsonValue({ maxDepth: 2 })) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('proto' as const), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype'), value: fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ kind: fc.constant('version' as const), value: fc.oneof(fc.integer({ min: 2, max: 1000 }), odd) }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), size: fc.integer({ min: 65, max: 20_000 }) }),
  // Changes a valid file survives: other seeds, names, cursors and positions, fewer workers, an extra field.
  fc.record({
    kind: fc.constant('benign' as const),
    field: fc.constantFrom('seed', 'name', 'cursors', 'layout', 'extra', 'workers'),
    n: fc.nat({ max: 2 ** 24 }),
    text: fc.string({ maxLength: 30 }),
  }),
);

type Mutation = typeof op extends fc.Arbitrary<infer T> ? T : never;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Applies one mutation to a deep copy; paths are picked modulo the number that exist. */
function mutate(root: Record<string, unknown>, m: Mutation): void {
  if (m.kind === 'version') {
    root.version = m.value;
    return;
  }
  if (m.kind === 'benign') {
    if (m.field === 'seed') root.seed = m.n;
    else if (m.field === 'name') root.name = m.text || 'x';
    else if (m.field === 'cursors') root.cursors = { vni: 4096 + (m.n % 100_000), fwmark: 256 + m.n };
    else if (m.field === 'layout') root.layout = { [m.text]: { x: m.n % 5000, y: -(m.n % 7000) } };
    else if (m.field === 'extra') root[`x-${m.text}`] = m.n;
    else if (isPlainObject(root.swarm) && Array.isArray(root.swarm.workers)) root.swarm.workers.pop();
    return;
  }
  const all = paths(root);
  const path = all[m.at % all.length] as Path;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], root) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  if (m.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (m.kind === 'retype') parent[key] = m.value;
  else if (m.kind === 'duplicate') {
    if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
    else parent[key] = [parent[key], parent[key]];
  } else if (m.kind === 'proto') {
    const target = [parent[key], parent, root].find(isPlainObject) as Record<string, unknown>;
    Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  } else if (m.kind === 'huge') parent[key] = Array.from({ length: m.size }, () => structuredClone(parent[key]));
}

/** What loading must give: a one-line error, or a world that loads with its clock in range. */
const seen = { rejected: 0, loaded: 0 };
function expectRejectedOrLoaded(r: ReturnType<typeof validateScenario>): void {
  if (!r.ok) {
    seen.rejected++;

    expect(r.error).toMatch(/^scenario: [^\n]+$/);
    expect(r.error.length).toBeLessThan(300);
    return;
  }
  seen.loaded++;
  const loaded = loadScenario(r.scenario);
  expect(Number.isFinite(new Date(loaded.world.now).getTime())).toBe(true);
}

describe('mutated scenario files', () => {
  it('are rejected in one line or load', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(op, { minLength: 1, maxLength: 3 }), fc.option(fc.nat(), { nil: undefined }), (base, ops, cut) => {
        const value = structuredClone(base) as unknown as Record<string, unknown>;
        for (const m of ops) mutate(value, m);
        // The value as a page or a share link would hand it over (NaN and Infinity kept)...
        expectRejectedOrLoaded(validateScenario(value));
        // ...and as a file: JSON text, perhaps cut short.
        const text = JSON.stringify(value);
        expectRejectedOrLoaded(parseScenario(cut === undefined ? text : text.slice(0, cut % (text.length + 1))));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200, seed: 11 },
    );
    // Both outcomes happen: the mutations are neither all fatal nor all harmless.
    expect(seen.rejected).toBeGreaterThan(50);
    expect(seen.loaded).toBeGreaterThan(10);
  }, 60_000);
});

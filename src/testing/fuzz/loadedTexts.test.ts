import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { readShareFragment } from '../../scenario/shareLink';
import { createPlaygroundStore } from '../../store/createPlaygroundStore';
import { sessionScenario } from '../../store/sessionScenario';
import { handleHostMessage } from '../../ui/embed/embedMessages';
import { importScenario } from '../../ui/session/importScenario';

/** A session worth keeping, with a trace open: what a hostile file, link or message must leave as it was. */
function working() {
  const store = createPlaygroundStore('three-node');
  for (const line of ['docker-machine ssh default', 'docker network create -d overlay --attachable mynet', 'docker run -dit --name c1 --network mynet alpine', 'ping -c 1 192.168.99.101']) store.getState().runLine(line);
  return store;
}

const GOOD = JSON.stringify(sessionScenario(working().getState()));
const keys = ['format', 'version', 'name', 'profile', 'seed', 'start', 'machines', 'swarm', 'cursors', 'commands', 'layout', 'log', 'view'];

/**
 * Scenario JSON as text, the way a file, a link or a save arrives: keys that name Object.prototype members written
 * into the text (JSON.parse makes them own keys), huge arrays, future and odd versions, wrong types, cut short.
 */
const text = fc.oneof(
  fc.record({ key: fc.constantFrom(...keys, 'machines[0]', 'swarm', 'layout', 'view', 'log[0]'), poison: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'), value: fc.jsonValue({ maxDepth: 2 }) }).map(({ key, poison, value }) => {
    const v = JSON.parse(GOOD) as Record<string, unknown>;
    const [field, index] = key.split(/[[\]]/);
    const target = index !== undefined ? (v[field as string] as Record<string, unknown>[] | undefined)?.[Number(index)] : key === field && typeof v[field as string] === 'object' && v[field as string] !== null ? v[field as string] : v;
    const inner = JSON.stringify(target ?? {}).replace(/^\{/, `{${JSON.stringify(poison)}:${JSON.stringify(value)},`).replace(/,\}$/, '}');
    return JSON.stringify(v).replace(JSON.stringify(target ?? {}), inner);
  }),
  fc.record({ key: fc.constantFrom('machines', 'commands', 'log', 'layout'), size: fc.integer({ min: 1_000, max: 20_000 }) }).map(({ key, size }) => {
    const v = JSON.parse(GOOD) as Record<string, unknown>;
    v[key] = key === 'layout' ? Object.fromEntries(Array.from({ length: size }, (_, i) => [`n${i}`, { x: i, y: i }])) : Array.from({ length: size }, () => (key === 'machines' ? { name: 'm', ip: '192.168.99.100' } : key === 'log' ? { op: 'wait', ms: 1 } : 'echo x'));
    return JSON.stringify(v);
  }),
  fc.oneof(fc.integer({ min: 3, max: 2 ** 31 }), fc.constantFrom(-1, 0, 1.5, '2', null, 1e308)).map((version) => JSON.stringify({ ...JSON.parse(GOOD), version })),
  fc.record({ key: fc.constantFrom(...keys), value: fc.constantFrom<unknown>(null, 0, -1, '', [], {}, true, 'x'.repeat(10_000), [[[[[]]]]]) }).map(({ key, value }) => JSON.stringify({ ...JSON.parse(GOOD), [key]: value })),
  fc.nat(GOOD.length).map((n) => GOOD.slice(0, n)),
);

const oneLine = (e: string) => e.length > 0 && e.length < 400 && !e.includes('\n');
const polluted = () => ({} as Record<string, unknown>).polluted !== undefined || Object.prototype.toString.call([]) !== '[object Array]';

describe('loaded text never breaks the session it lands on', () => {
  const store = working();
  const before = () => ({ model: store.getState().model, world: store.getState().world, cursor: store.getState().cursor });

  it('an imported file is opened, or refused in one line with the session untouched', () => {
    fc.assert(
      fc.property(text, (t) => {
        const was = before();
        const r = importScenario(store, t);
        if (r.ok) {
          expect(store.getState().world.machines.length).toBeGreaterThan(0);
          store.getState().undo();
        } else {
          expect(oneLine(r.error)).toBe(true);
          expect(before()).toEqual(was);
          expect(store.getState().model).toBe(was.model);
        }
        expect(polluted()).toBe(false);
      }),
      { numRuns: 25, seed: 21 },
    );
  }, 120_000);

  it('a share link with that text is opened or refused in one line', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = readShareFragment(`s=2.${LZString.compressToEncodedURIComponent(t)}`);
        expect(r).not.toBeNull();
        if (r && !r.ok) expect(oneLine(r.error)).toBe(true);
        expect(polluted()).toBe(false);
      }),
      { numRuns: 60, seed: 22 },
    );
  }, 120_000);

  it('a postMessage load of that value is carried out or refused in one line, the session untouched', () => {
    fc.assert(
      fc.property(text, (t) => {
        let value: unknown;
        try {
          value = JSON.parse(t);
        } catch {
          value = t;
        }
        const was = before();
        const r = handleHostMessage(store, { type: 'swarm-playground:load', scenario: value }, false);
        if (r.ok) store.getState().undo();
        else {
          expect(oneLine(r.error)).toBe(true);
          expect(store.getState().model).toBe(was.model);
          expect(store.getState().world).toBe(was.world);
        }
        expect(polluted()).toBe(false);
      }),
      { numRuns: 25, seed: 23 },
    );
  }, 120_000);
});

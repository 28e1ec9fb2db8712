import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../scenario/builtins';
import { readShareFragment, shareFragment } from '../../scenario/shareLink';
import { createPlaygroundStore } from '../../store/createPlaygroundStore';
import { sessionScenario } from '../../store/sessionScenario';
import { handleHostMessage } from '../../ui/embed/embedMessages';
import { memoryStorage } from '../../ui/session/memoryStorage';
import { SAVE_KEY } from '../../ui/session/savedSession';
import { startSession } from '../../ui/session/startSession';

/** A session worth keeping: what a hostile input must never damage. */
function working() {
  const store = createPlaygroundStore('three-node');
  store.getState().runLine('docker-machine ssh default');
  store.getState().runLine('docker network create -d overlay mynet');
  return store;
}

const GOOD = sessionScenario(working().getState());
const json = fc.jsonValue({ maxDepth: 3 });
/** Values with keys that poison plain objects, and numbers that break arithmetic. */
const hostile = fc.oneof(
  json,
  fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', NaN, Infinity, -1, 1e308, 2 ** 53, '', '<img src=x onerror=alert(1)>'),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'type', 'line', 'to', 'scenario', 'op', 'tab'), json),
);
/** A valid scenario with one field replaced, dropped or its log mutated. */
const mutated = fc.oneof(
  fc.record({ key: fc.constantFrom(...Object.keys(GOOD)), value: hostile }).map(({ key, value }) => ({ ...GOOD, [key]: value })),
  fc.constantFrom(...Object.keys(GOOD)).map((key) => Object.fromEntries(Object.entries(GOOD).filter(([k]) => k !== key))),
  fc.array(hostile, { maxLength: 5 }).map((log) => ({ ...GOOD, log })),
  fc.record({ i: fc.nat(5), value: hostile }).map(({ i, value }) => ({ ...GOOD, log: GOOD.log?.map((op, j) => (j === i % 2 ? { ...op, ...(typeof value === 'object' && value ? value : { line: value }) } : op)) })),
  fc.integer({ min: 3, max: 1e6 }).map((version) => ({ ...GOOD, version })),
);

const oneLine = (e: string) => e.length > 0 && !e.includes('\n');

describe('what is loaded never breaks the session', () => {
  it('share links: mutated, truncated or foreign links are refused in one line or open a valid session', () => {
    fc.assert(
      fc.property(fc.oneof(mutated.map((v) => `s=2.${LZString.compressToEncodedURIComponent(JSON.stringify(v))}`), fc.string().map((x) => `s=${x}`), fc.nat(400).map((n) => shareFragment(GOOD).slice(0, n))), (fragment) => {
        const r = readShareFragment(fragment);
        if (r && !r.ok) expect(oneLine(r.error)).toBe(true);
        if (r?.ok) {
          const store = createPlaygroundStore('three-node');
          store.getState().openScenario(r.scenario);
          expect(store.getState().world.machines.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('autosaves: any text in storage is restored, or refused with a one-line notice and a clean start', () => {
    fc.assert(
      fc.property(fc.oneof(mutated.map((v) => JSON.stringify(v)), fc.string(), fc.nat(2000).map((n) => JSON.stringify(GOOD).slice(0, n))), (raw) => {
        const store = createPlaygroundStore('three-node');
        startSession(store, { search: '', hash: '' }, memoryStorage({ [SAVE_KEY]: raw }));
        const notice = store.getState().notices[0];
        if (notice) {
          expect(notice.key).toBe('session.badSave');
          expect(oneLine(String(notice.params?.error))).toBe(true);
          expect(store.getState().model.log).toEqual([]);
        }
        expect(store.getState().world.machines.length).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 12 },
    );
  });

  it('postMessage payloads: anything but a well-formed message is refused in one line and changes nothing', () => {
    const store = working();
    store.getState().runLine('ping -c 1 192.168.99.101');
    fc.assert(
      fc.property(
        fc.oneof(hostile, fc.record({ type: fc.constantFrom('swarm-playground:run', 'swarm-playground:step', 'swarm-playground:load', 'swarm-playground:x'), line: hostile, to: hostile, scenario: fc.oneof(hostile, mutated) }, { requiredKeys: ['type'] })),
        (data) => {
          const before = store.getState().model;
          const r = handleHostMessage(store, data, true);
          if (!r.ok) {
            expect(oneLine(r.error)).toBe(true);
            expect(store.getState().model).toBe(before);
          }
          expect(store.getState().world.machines.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300, seed: 13 },
    );
    expect(builtinScenarios['three-node']).toBeDefined();
  });
});

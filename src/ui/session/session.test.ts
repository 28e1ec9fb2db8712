import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../scenario/builtins';
import { shareFragment } from '../../scenario/shareLink';
import { createPlaygroundStore } from '../../store/createPlaygroundStore';
import { sessionScenario } from '../../store/sessionScenario';
import { startAutosave, type Schedule } from './autosave';
import { memoryStorage } from './memoryStorage';
import { BEFORE_LINK_KEY, OWNER_KEY, SAVE_KEY } from './savedSession';
import { startSession } from './startSession';

/** Runs scheduled saves only when told to. */
function manual() {
  const queue: (() => void)[] = [];
  const schedule: Schedule = (fn) => {
    queue.push(fn);
    return () => queue.splice(queue.indexOf(fn), 1);
  };
  return { schedule, flush: () => queue.splice(0).forEach((fn) => fn()) };
}

function worked() {
  const store = createPlaygroundStore('three-node');
  store.getState().runLine('docker-machine ssh default');
  store.getState().runLine('docker network create -d overlay mynet');
  return store;
}

const noticeKeys = (store: ReturnType<typeof createPlaygroundStore>) => store.getState().notices.map((n) => n.key);

describe('autosave', () => {
  it('saves every change as a scenario file and a reload restores it, transcript and all', () => {
    const storage = memoryStorage();
    const store = createPlaygroundStore();
    const m = manual();
    startAutosave(store, storage, 'page-a', m.schedule);
    store.getState().runLine('docker-machine ssh default');
    store.getState().runLine('docker network create -d overlay mynet');
    store.getState().moveNode('host:default', { x: 10, y: 20 });
    m.flush();
    expect(JSON.parse(storage.getItem(SAVE_KEY)!)).toEqual(JSON.parse(JSON.stringify(sessionScenario(store.getState()))));
    expect(storage.getItem(OWNER_KEY)).toBe('page-a:1');
    const reloaded = createPlaygroundStore();
    startSession(reloaded, { search: '', hash: '' }, storage);
    expect(reloaded.getState().transcript).toBe(store.getState().transcript);
    expect(reloaded.getState().world).toEqual(store.getState().world);
    expect(reloaded.getState().layout).toEqual({ 'host:default': { x: 10, y: 20 } });
    expect(reloaded.getState().past).toEqual([]);
  });

  it('a full or refused storage is said once, and the page keeps working', () => {
    for (const [fail, key] of [['full', 'session.storageFull'], ['refuse', 'session.storageUnavailable']] as const) {
      const store = createPlaygroundStore();
      const m = manual();
      startAutosave(store, memoryStorage({}, fail), 'p', m.schedule);
      store.getState().runLine('echo one');
      m.flush();
      store.getState().runLine('echo two');
      m.flush();
      expect(noticeKeys(store)).toEqual([key]);
      expect(store.getState().notices).toHaveLength(1);
      expect(store.getState().transcript).toBe('$ echo one\none\n$ echo two\ntwo\n');
    }
  });

  it('two tabs on one save: the second writer is asked instead of overwriting', () => {
    const storage = memoryStorage();
    const a = createPlaygroundStore();
    const b = createPlaygroundStore();
    const ma = manual();
    const mb = manual();
    startAutosave(a, storage, 'a', ma.schedule);
    const saveB = startAutosave(b, storage, 'b', mb.schedule);
    a.getState().runLine('echo from a');
    ma.flush();
    b.getState().runLine('echo from b');
    mb.flush();
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).log).toEqual([{ op: 'type', tab: 0, line: 'echo from a' }]);
    expect(noticeKeys(b)).toEqual(['session.otherTab']);
    saveB.resolve('load-other-tab');
    expect(b.getState().transcript).toBe('$ echo from a\nfrom a\n');
    b.getState().runLine('echo b again');
    mb.flush();
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).log).toHaveLength(2);
  });
});

describe('startSession', () => {
  it('a corrupt, truncated or newer save starts clean, says why and offers the data', () => {
    const good = JSON.stringify(sessionScenario(worked().getState()));
    const cases = [
      ['{"format": "swarm', 'scenario: not valid JSON'],
      [good.slice(0, good.length / 2), 'scenario: not valid JSON'],
      [JSON.stringify({ ...JSON.parse(good), version: 9 }), 'scenario: version 9 was made by a newer playground (this one reads versions 1 to 2)'],
    ] as const;
    for (const [raw, error] of cases) {
      const store = createPlaygroundStore();
      startSession(store, { search: '', hash: '' }, memoryStorage({ [SAVE_KEY]: raw }));
      const [notice] = store.getState().notices;
      expect(notice?.key).toBe('session.badSave');
      expect(String(notice?.params?.error)).toContain(error);
      expect(notice?.download?.text).toBe(raw);
      expect(store.getState().model.log).toEqual([]);
    }
  });

  it('a share link opens over the saved work, which is kept aside; a bad link changes nothing', () => {
    const mine = JSON.stringify(sessionScenario(worked().getState()));
    const storage = memoryStorage({ [SAVE_KEY]: mine });
    const shared = { ...builtinScenarios['seed-2017']!, log: [{ op: 'type', tab: 0, line: 'echo shared' } as const] };
    const store = createPlaygroundStore();
    startSession(store, { search: '', hash: `#${shareFragment(shared)}` }, storage);
    expect([store.getState().scenarioName, store.getState().transcript]).toEqual(['seed-2017', '$ echo shared\nshared\n']);
    expect(noticeKeys(store)).toEqual(['session.linkOpened']);
    expect(storage.getItem(BEFORE_LINK_KEY)).toBe(mine);
    const bad = createPlaygroundStore();
    startSession(bad, { search: '', hash: '#s=2.damaged' }, storage);
    expect(noticeKeys(bad)).toEqual(['session.badLink']);
    expect(bad.getState().transcript).toBe(worked().getState().transcript);
  });

  it('?scenario= loads a built-in (an unknown or inherited name is said, never looked up), ?step= opens at a hop', () => {
    for (const name of ['nope', 'constructor', '__proto__', 'toString']) {
      const store = createPlaygroundStore();
      startSession(store, { search: `?scenario=${name}`, hash: '' }, null);
      expect([store.getState().scenarioName, noticeKeys(store)]).toEqual(['three-node', ['session.unknownScenario']]);
    }
    const shared = { ...builtinScenarios['three-node']!, log: [{ op: 'type', tab: 0, line: 'ping -c 1 192.168.99.101' } as const] };
    const store = createPlaygroundStore();
    startSession(store, { search: '', hash: `#${shareFragment(shared, 3)}` }, null);
    expect(store.getState().cursor).toEqual({ trace: 0, packet: 0, hop: 2 });
  });
});

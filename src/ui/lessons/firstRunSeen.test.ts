import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../../store/createPlaygroundStore';
import { firstRunOnLoad } from './firstRunOnLoad';
import { FIRST_RUN_KEY, firstRunSeen, rememberFirstRunSeen } from './firstRunSeen';
import { ghostHint } from '../terminal/ghostHint';

const memory = () => { const m = new Map<string, string>(); return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => { m.set(k, v); } }; };
const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };

describe('first run', () => {
  it('shows once on the bare page, never on a link that names a scenario', () => {
    const storage = memory();
    const store = createPlaygroundStore();
    firstRunOnLoad(store, '', storage as unknown as Storage);
    expect(store.getState().firstRunOpen).toBe(true);
    rememberFirstRunSeen(storage);
    expect(storage.getItem(FIRST_RUN_KEY)).toBe('1');
    firstRunOnLoad(store, '', storage as unknown as Storage);
    expect(store.getState().firstRunOpen).toBe(false);
    firstRunOnLoad(store, '?scenario=seed-2017', memory() as unknown as Storage);
    expect(store.getState().firstRunOpen).toBe(false);
  });
  it('stays closed over a session that holds work (a share link or an autosave)', () => {
    const store = createPlaygroundStore();
    store.getState().runLine('docker-machine ls');
    firstRunOnLoad(store, '', memory() as unknown as Storage);
    expect(store.getState().firstRunOpen).toBe(false);
  });
  it('a storage that throws counts as not seen and is not written', () => {
    expect(firstRunSeen(broken)).toBe(false);
    expect(firstRunSeen(null)).toBe(false);
    expect(() => rememberFirstRunSeen(broken)).not.toThrow();
  });
  it('the dim hint keeps the cursor and never wraps', () => {
    expect(ghostHint('docker-machine ssh default', 80)).toBe('\x1b7\x1b[90mdocker-machine ssh default\x1b[39m\x1b8');
    expect(ghostHint('docker-machine ssh default', 8)).toBe('\x1b7\x1b[90mdocker-…\x1b[39m\x1b8');
    expect(ghostHint(null, 80)).toBe('');
  });
});

describe('?lesson=', () => {
  it('starts the named lesson on its scenario, without the first-run card', () => {
    const store = createPlaygroundStore();
    firstRunOnLoad(store, '?lesson=overlay-discovery', memory() as unknown as Storage);
    expect([store.getState().lesson?.lessonId, store.getState().scenarioName, store.getState().firstRunOpen]).toEqual(['overlay-discovery', 'seed-2017', false]);
  });
});

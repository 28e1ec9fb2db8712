import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../store/createPlaygroundStore';
import { startSession } from './session/startSession';
import { initialLocale } from './startFromQuery';

describe('a link naming a prototype member as its scenario', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])('?scenario=%s leaves the default scenario', (name) => {
    const store = createPlaygroundStore();
    expect(() => startSession(store, { search: `?scenario=${name}&lang=${name}`, hash: '' }, null)).not.toThrow();
    expect(store.getState().scenarioName).toBe('three-node');
    expect(store.getState().world.machines.map((m) => m.name)).toEqual(['default', 'default-2', 'default-3']);
    expect(initialLocale(`?lang=${name}`, 'en')).toBe('en');
    expect(store.getState().loadScenario(name)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../store/createPlaygroundStore';
import { startFromQuery } from './startFromQuery';

describe('a link naming a prototype member as its scenario', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])('?scenario=%s leaves the default scenario', (name) => {
    const store = createPlaygroundStore();
    expect(() => startFromQuery(store, `?scenario=${name}&lang=${name}`, 'en')).not.toThrow();
    expect(store.getState().scenarioName).toBe('three-node');
    expect(store.getState().world.machines.map((m) => m.name)).toEqual(['default', 'default-2', 'default-3']);
    expect(store.getState().locale).toBe('en');
    expect(store.getState().loadScenario(name)).toBe(false);
  });
});

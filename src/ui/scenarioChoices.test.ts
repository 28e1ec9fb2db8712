import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../scenario/builtins';
import { scenarioChoices } from './scenarioChoices';

describe('scenarioChoices', () => {
  const names = Object.keys(builtinScenarios);

  it('leaves the benchmark-only big-50 out of the picker', () => {
    expect(scenarioChoices(names, 'three-node')).toEqual(['three-node', 'seed-2017', 'no-swarm']);
  });

  it('keeps it while it is loaded (from ?scenario=big-50), so the picker shows what is on screen', () => {
    expect(scenarioChoices(names, 'big-50')).toContain('big-50');
  });

  it('shows an imported scenario under its own name, first', () => {
    expect(scenarioChoices(names, 'my-class')).toEqual(['my-class', 'three-node', 'seed-2017', 'no-swarm']);
  });
});

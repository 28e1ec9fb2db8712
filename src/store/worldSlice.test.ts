import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../scenario/builtins';
import { createPlaygroundStore } from './createPlaygroundStore';
import { scenarioState } from './worldSlice';

describe('layout', () => {
  it('keeps dropped positions by element id, rounded, across commands; reset goes back to the scenario', () => {
    const store = createPlaygroundStore();
    expect(store.getState().layout).toEqual({});
    store.getState().moveNode('host:default-2', { x: 410.4, y: 259.6 });
    const before = store.getState().layout;
    store.getState().moveNode('host:default-2', { x: 410.2, y: 260.1 });
    expect(store.getState().layout).toBe(before);
    store.getState().runLine('docker-machine ssh default');
    store.getState().runLine('docker network create -d overlay mynet');
    expect(store.getState().layout).toEqual({ 'host:default-2': { x: 410, y: 260 } });
    store.getState().reset();
    expect(store.getState().layout).toEqual({});
  });

  it('loads the layout a scenario keeps', () => {
    const scenario = builtinScenarios['three-node'];
    if (!scenario) throw new Error('no built-in three-node');
    expect(scenarioState({ ...scenario, name: 'mine', layout: { 'host:default': { x: -5, y: 7 } } }).layout).toEqual({ 'host:default': { x: -5, y: 7 } });
    expect(scenarioState(scenario).layout).toEqual({});
  });
});

describe('undo of a drag', () => {
  it('a drag (remembered when it starts) is one Undo step; Redo puts it back', () => {
    const store = createPlaygroundStore();
    store.getState().remember();
    store.getState().moveNode('host:default', { x: 10, y: 20 });
    store.getState().moveNode('host:default', { x: 30, y: 40 });
    store.getState().undo();
    expect(store.getState().layout).toEqual({});
    store.getState().redo();
    expect(store.getState().layout).toEqual({ 'host:default': { x: 30, y: 40 } });
  });
});

import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from './createPlaygroundStore';

describe('lesson slice', () => {
  it('starts a lesson on its scenario, keeps progress as plain data, and restores it', () => {
    const store = createPlaygroundStore('three-node');
    store.getState().startLesson('overlay-discovery', 'seed-2017');
    expect(store.getState().scenarioName).toBe('seed-2017');
    const a = store.getState();
    a.markStepDone('network');
    a.markStepDone('network');
    a.answerQuiz('lazy', 'yes');
    a.answerQuiz('lazy', 'no');
    a.goToStep(2);
    const saved = JSON.parse(JSON.stringify(store.getState().lesson));
    expect(saved).toEqual({ lessonId: 'overlay-discovery', stepIndex: 2, done: ['network'], answers: { lazy: 'no' } });
    const other = createPlaygroundStore();
    other.getState().restoreLessonProgress(saved);
    expect(other.getState().lesson).toEqual(saved);
    other.getState().startLesson('overlay-discovery', 'seed-2017');
    expect(other.getState().lesson).toEqual({ lessonId: 'overlay-discovery', stepIndex: 0, done: [], answers: {} });
  });
  it('a clicked command is handed to the terminal with a new sequence number each time', () => {
    const store = createPlaygroundStore();
    store.getState().typeIntoTerminal('docker ps');
    store.getState().typeIntoTerminal('docker ps');
    expect(store.getState().terminalInput).toEqual({ text: 'docker ps', seq: 2 });
  });
  it('counts the commands run before a step opened', () => {
    const store = createPlaygroundStore();
    store.getState().startLesson('overlay-discovery', 'seed-2017');
    store.getState().runLine('echo a');
    store.getState().goToStep(1);
    expect(store.getState().stepStartCommands).toBe(1);
  });
});

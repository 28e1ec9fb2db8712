import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from './createPlaygroundStore';
import { selectPrompt } from './selectors';

const summary = (store: ReturnType<typeof createPlaygroundStore>) => {
  const s = store.getState();
  return { active: s.activeSession, tabs: s.sessions.map((t) => [t.id, t.session.stack.length, t.transcript]) };
};

describe('terminal tabs', () => {
  it('each tab has its own session and screen over one world', () => {
    const store = createPlaygroundStore('three-node');
    store.getState().runLine('docker-machine ssh default');
    store.getState().runLine('docker network create -d overlay tabnet');
    const first = store.getState().transcript;
    store.getState().openSession();
    expect(store.getState().activeSession).toBe(1);
    expect(store.getState().transcript).toBe('');
    expect(selectPrompt(store.getState())).toBe('$ ');
    store.getState().runLine('docker-machine ssh default');
    expect(selectPrompt(store.getState())).toBe('docker@default:~$ ');
    store.getState().runLine('docker network ls -q -f name=tabnet | wc -l');
    expect(store.getState().transcript.endsWith('docker@default:~$ docker network ls -q -f name=tabnet | wc -l\n1\n')).toBe(true);
    expect(store.getState().session.history).toEqual(['docker-machine ssh default', 'docker network ls -q -f name=tabnet | wc -l']);
    const second = store.getState().transcript;
    store.getState().switchSession(0);
    expect([store.getState().transcript, store.getState().session.history.length]).toEqual([first, 2]);
    expect(summary(store)).toEqual({ active: 0, tabs: [[0, 2, first], [1, 2, second]] });
  });

  it('closing the active tab activates the next, else the previous; the last tab stays', () => {
    const store = createPlaygroundStore('three-node');
    store.getState().openSession();
    store.getState().runLine('echo two');
    store.getState().openSession();
    store.getState().switchSession(1);
    store.getState().closeSession(1);
    expect(summary(store)).toEqual({ active: 2, tabs: [[0, 1, ''], [2, 1, '']] });
    store.getState().closeSession(2);
    store.getState().closeSession(0);
    expect(summary(store)).toEqual({ active: 0, tabs: [[0, 1, '']] });
  });

  it('a second Tab prints the line and the candidates; loading a scenario leaves one tab', () => {
    const store = createPlaygroundStore('three-node');
    store.getState().listCandidates('docker-machine s', 'ssh    start  stop\n');
    expect(store.getState().transcript).toBe('$ docker-machine s\nssh    start  stop\n');
    expect(store.getState().sessions[0]?.transcript).toBe(store.getState().transcript);
    store.getState().openSession();
    store.getState().loadScenario('seed-2017');
    expect(summary(store)).toEqual({ active: 0, tabs: [[0, 1, '']] });
  });
});

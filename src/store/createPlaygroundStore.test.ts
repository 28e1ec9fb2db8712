import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../scenario/builtins';
import { initialWorld } from '../scenario/load';
import { replayLines } from '../scenario/replay';
import { THINK_TIME_MS, withTab, type TerminalTab } from '../terminal/terminalModel';
import { newSession } from '../shell/session';
import type { Process } from '../shell/types';
import { createPlaygroundStore } from './createPlaygroundStore';
import { selectPrompt } from './selectors';
import { mirror } from './terminalSlice';

/** A process printing one line per second, like ping without -c. */
const ticker: Process = {
  outputUntil: (ms) => Array.from({ length: Math.floor(ms / 1000) + 1 }, (_, i) => `tick ${i}\n`).join(''),
  interrupt: (ms) => ({ text: `^C\n${Math.floor(ms / 1000) + 1} ticks\n`, exitCode: 130 }),
};

describe('createPlaygroundStore', () => {
  it('loads the named scenario into every slice', () => {
    const s = createPlaygroundStore('seed-2017').getState();
    expect(s.scenarioName).toBe('seed-2017');
    expect(s.world.profile).toBe('17.10');
    expect([s.transcript, s.running, s.selected, s.traces, s.model.log]).toEqual(['', null, null, [], []]);
    expect(selectPrompt(s)).toBe('$ ');
  });

  it('falls back to three-node for an unknown name, and loadScenario refuses one', () => {
    const store = createPlaygroundStore('nope');
    expect(store.getState().scenarioName).toBe('three-node');
    expect(store.getState().loadScenario('nope')).toBe(false);
    expect(store.getState().scenarioName).toBe('three-node');
  });

  it('runLine echoes the prompt and line, then the output, and advances the clock like a replay', () => {
    const store = createPlaygroundStore('three-node');
    const before = store.getState().world.now;
    store.getState().runLine('echo hello | wc -c');
    const s = store.getState();
    expect(s.transcript).toBe('$ echo hello | wc -c\n6\n');
    expect(s.world.now).toBe(before + THINK_TIME_MS);
    expect(s.model.log).toEqual([{ op: 'type', tab: 0, line: 'echo hello | wc -c' }]);
    expect(s.session.history).toEqual(['echo hello | wc -c']);
  });

  it('gives the same world and transcript as replaying the same lines', () => {
    const lines = ['echo a \\', 'b', 'sleep 5', 'nosuch', 'echo $?'];
    const store = createPlaygroundStore('three-node');
    for (const l of lines) store.getState().runLine(l);
    const replay = replayLines(initialWorld(builtinScenarios['three-node']!), newSession(), lines);
    expect(store.getState().transcript).toBe(replay.transcript);
    expect(store.getState().transcript).toBe('$ echo a \\\n> b\na b\n$ sleep 5\n$ nosuch\nbash: nosuch: command not found\n$ echo $?\n127\n');
    expect(store.getState().world).toEqual(replay.world);
  });

  it('clear empties the transcript; Ctrl+L too', () => {
    const store = createPlaygroundStore();
    store.getState().runLine('echo x');
    store.getState().runLine('clear');
    expect(store.getState().transcript).toBe('');
    store.getState().runLine('echo y');
    store.getState().clearScreen();
    expect(store.getState().transcript).toBe('');
  });

  it('Ctrl+C at the prompt abandons the typed text', () => {
    const store = createPlaygroundStore();
    store.getState().interrupt('docker ps');
    expect(store.getState().transcript).toBe('$ docker ps^C\n');
    expect(store.getState().session.lastExitCode).toBe(130);
  });

  it('streams a running process, hides the prompt, and interrupts it', () => {
    const store = createPlaygroundStore();
    const { model } = store.getState();
    const tab = model.tabs[0] as TerminalTab;
    store.setState(mirror(withTab(model, { ...tab, transcript: 'tick 0\n', running: { process: ticker, startedAt: model.world.now, printed: 'tick 0\n', traces: { from: 0, count: 0 } } }), 0));
    expect(selectPrompt(store.getState())).toBe('');
    store.getState().runLine('echo ignored');
    store.getState().tick(2500);
    expect(store.getState().transcript).toBe('tick 0\ntick 1\ntick 2\n');
    const now = store.getState().world.now;
    store.getState().tick(500);
    store.getState().interrupt('');
    const s = store.getState();
    expect(s.transcript).toBe('tick 0\ntick 1\ntick 2\ntick 3\n^C\n4 ticks\n');
    expect([s.running, s.session.lastExitCode, s.world.now - now]).toEqual([null, 130, 3000]);
    expect(selectPrompt(s)).toBe('$ ');
  });

  it('reset reloads the scenario', () => {
    const store = createPlaygroundStore('no-swarm');
    store.getState().runLine('echo x');
    store.getState().select('host:default');
    store.getState().reset();
    const s = store.getState();
    expect([s.scenarioName, s.transcript, s.selected, s.world.swarm]).toEqual(['no-swarm', '', null, null]);
  });
});

describe('traces', () => {
  it('a command that sends packets keeps its trace and puts the stepper on its first hop', () => {
    const store = createPlaygroundStore();
    for (const l of ['docker-machine ssh default', 'docker network create -d overlay --attachable mynet', 'docker run -dit --name c1 --network mynet alpine', 'docker exec -it c1 sh']) store.getState().runLine(l);
    expect(store.getState().traces).toEqual([]);
    store.getState().runLine('ping -c 1 c1');
    store.getState().runLine('ping -c 1 c1');
    const s = store.getState();
    expect(s.traces.map((t) => t.command)).toEqual(['ping -c 1 c1', 'ping -c 1 c1']);
    expect(s.cursor).toEqual({ trace: 1, packet: 0, hop: 0 });
    s.stepTo({ trace: 0, packet: 1, hop: 0 });
    expect(store.getState().cursor).toEqual({ trace: 0, packet: 1, hop: 0 });
    s.reset();
    expect([store.getState().traces, store.getState().cursor]).toEqual([[], null]);
  });
});

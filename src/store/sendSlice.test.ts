import { describe, expect, it } from 'vitest';
import type { Trace } from '../sim/traffic/trace';
import type { Process } from '../shell/types';
import { createPlaygroundStore } from './createPlaygroundStore';

const trace = (command: string): Trace => ({ command, startMs: 0, packets: [] });

describe('recordSend', () => {
  it('keeps the world, appends the shown lines and opens the first new trace in the stepper', () => {
    const store = createPlaygroundStore('three-node');
    store.getState().runLine('echo hi');
    const world = { ...store.getState().world, now: 123_456 };
    store.getState().recordSend({ world, traces: [trace('ping -c 1 web'), trace('second')], shown: '/ # ping -c 1 web\nPING web\n' });
    const s = store.getState();
    expect(s.world).toBe(world);
    expect(s.transcript).toBe('$ echo hi\nhi\n/ # ping -c 1 web\nPING web\n');
    expect(s.traces.map((t) => t.command)).toEqual(['ping -c 1 web', 'second']);
    expect(s.cursor).toEqual({ trace: 0, packet: 0, hop: 0 });
    store.getState().recordSend({ world, traces: [trace('udp web:53')], shown: '' });
    expect(store.getState().cursor).toEqual({ trace: 2, packet: 0, hop: 0 });
    expect(store.getState().transcript).toBe(s.transcript);
  });

  it('leaves the screen to a running command, and the cursor alone when nothing was traced', () => {
    const store = createPlaygroundStore('three-node');
    const running: Process = { outputUntil: () => 'tick\n', interrupt: () => ({ text: '^C\n', exitCode: 130 }) };
    store.setState({ running: { process: running, printed: 'tick\n' }, transcript: 'tick\n' });
    store.getState().recordSend({ world: store.getState().world, traces: [], shown: '$ curl x\n' });
    expect([store.getState().transcript, store.getState().cursor, store.getState().traces]).toEqual(['tick\n', null, []]);
  });
});

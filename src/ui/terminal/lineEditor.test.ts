import { describe, expect, it } from 'vitest';
import { drawInput, eraseInput } from './drawInput';
import { emptyLine, feed, type LineState } from './lineEditor';

const history = ['docker node ls', 'docker network ls'];
const type = (keys: readonly string[], start: LineState = emptyLine(history)) =>
  keys.reduce(({ state, effects }, k) => {
    const r = feed(state, k, history);
    return { state: r.state, effects: [...effects, ...r.effects] };
  }, { state: start, effects: [] as ReturnType<typeof feed>['effects'] });

describe('feed', () => {
  it('inserts at the cursor, moves, deletes, and submits on Enter', () => {
    const r = type(['docker ps', '\x1b[D', '\x1b[D', '\x7f', 'X', '\x1b[H', '\x1b[3~', '\x1b[F', '!', '\r']);
    expect(r.effects).toEqual([{ kind: 'submit', line: 'ockerXps!' }]);
    expect(r.state).toEqual(emptyLine(history));
  });

  it('walks the history with Up/Down and restores the draft', () => {
    const up1 = type(['dra', '\x1b[A']);
    expect(up1.state.buffer).toBe('docker network ls');
    const up3 = type(['\x1b[A', '\x1b[A'], up1.state);
    expect(up3.state).toEqual({ buffer: 'docker node ls', cursor: 14, index: 0, draft: 'dra' });
    const back = type(['\x1b[B', '\x1b[B', '\x1b[B'], up3.state);
    expect([back.state.buffer, back.state.cursor, back.state.index]).toEqual(['dra', 3, 2]);
  });

  it('Ctrl+C hands over the typed text and empties the line; Ctrl+L asks to clear', () => {
    const r = type(['ping web', '\x03', '\x0c']);
    expect(r.effects).toEqual([{ kind: 'interrupt', typed: 'ping web' }, { kind: 'clear' }]);
    expect(r.state.buffer).toBe('');
  });

  it('pasted text submits each line (CRLF counts once) and skips unknown escapes', () => {
    const r = type(['echo a\r\necho b\n\x1b[15~ec\x1bOPho']);
    expect(r.effects).toEqual([{ kind: 'submit', line: 'echo a' }, { kind: 'submit', line: 'echo b' }]);
    expect(r.state.buffer).toBe('echo');
  });

  it('Ctrl+U kills to the start of the line', () => {
    expect(type(['abc def', '\x1b[D', '\x1b[D', '\x15']).state).toMatchObject({ buffer: 'ef', cursor: 0 });
  });
});

describe('drawInput', () => {
  it('redraws in place with the cursor at the insertion point', () => {
    expect(drawInput('$ ', 'docker', 6, 0, 80)).toEqual({ text: '\r\x1b[J$ docker\x1b[9G', row: 0 });
    expect(drawInput('$ ', 'docker', 2, 0, 80)).toEqual({ text: '\r\x1b[J$ docker\x1b[5G', row: 0 });
  });

  it('handles a line wrapped over rows', () => {
    // 2 + 10 = 12 characters on 5 columns: rows 0..2; cursor after 'ab' is column 4 of row 0.
    expect(drawInput('$ ', 'abcdefghij', 2, 1, 5)).toEqual({ text: '\r\x1b[1A\x1b[J$ abcdefghij\x1b[2A\x1b[5G', row: 0 });
    // Exactly two full rows: the cursor stays on the last column of row 1.
    expect(drawInput('$ ', 'abcdefgh', 8, 0, 5)).toEqual({ text: '\r\x1b[J$ abcdefgh\x1b[6G', row: 1 });
    expect(eraseInput(2)).toBe('\r\x1b[2A\x1b[J');
  });
});

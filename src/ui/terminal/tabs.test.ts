import { describe, expect, it } from 'vitest';
import { newSession } from '../../shell/session';
import { clampSize, sizeAfterKey } from './splitterSize';
import { emptyLine, feed } from './lineEditor';
import { tabKey } from './tabKey';
import { tabNames, tabTitle } from './tabTitle';

describe('tabKey', () => {
  const line = { buffer: 'docker net ls', cursor: 10, index: 0, draft: '' };
  it('inserts the completion before the cursor and keeps the rest', () => {
    expect(tabKey(line, { replacement: 'docker network ', candidates: ['network'] }, false, 80)).toEqual({
      line: { buffer: 'docker network  ls', cursor: 15, index: 0, draft: '' },
      listing: null,
    });
  });
  it('lists the candidates only on a second Tab that adds nothing', () => {
    const at = { buffer: 'docker network c', cursor: 16, index: 0, draft: '' };
    const c = { replacement: 'docker network c', candidates: ['connect', 'create'] };
    expect(tabKey(at, c, false, 80)).toEqual({ line: at, listing: null });
    expect(tabKey(at, c, true, 80)).toEqual({ line: at, listing: 'connect  create\n' });
    expect(tabKey(at, { replacement: 'docker network c', candidates: [] }, true, 80).listing).toBeNull();
  });
  it('Tab alone asks for completion; a tab inside pasted text is a blank', () => {
    expect(feed(emptyLine([]), '\t', []).effects).toEqual([{ kind: 'complete' }]);
    expect(feed(emptyLine([]), 'a\tb', []).state.buffer).toBe('a b');
  });
});

describe('tabTitle', () => {
  it('names a tab after the node its shell is on, also from inside a container', () => {
    expect(tabTitle(newSession())).toBeNull();
    expect(tabTitle({ ...newSession(), stack: [{ kind: 'laptop' }, { kind: 'node', machine: 'default-2' }] })).toBe('default-2');
    expect(tabTitle({ ...newSession(), stack: [{ kind: 'laptop' }, { kind: 'node', machine: 'default' }, { kind: 'container', machine: 'default', container: 'c1' }] })).toBe('default');
  });
  it('tells apart tabs on the same machine by their order', () => {
    expect(tabNames(['laptop', 'default', 'laptop', 'default-2', 'laptop'])).toEqual(['laptop', 'default', 'laptop (2)', 'default-2', 'laptop (3)']);
  });
});

describe('splitter size', () => {
  it('moves by arrows and pages, jumps with Home/End, stays within bounds', () => {
    expect([sizeAfterKey(200, 'ArrowUp', 120, 600), sizeAfterKey(200, 'ArrowDown', 120, 600), sizeAfterKey(200, 'PageUp', 120, 600)]).toEqual([224, 176, 296]);
    expect([sizeAfterKey(130, 'ArrowDown', 120, 600), sizeAfterKey(590, 'PageUp', 120, 600)]).toEqual([120, 600]);
    expect([sizeAfterKey(300, 'Home', 120, 600), sizeAfterKey(300, 'End', 120, 600), sizeAfterKey(300, 'a', 120, 600)]).toEqual([120, 600, null]);
    expect([clampSize(100.4, 120, 600), clampSize(333.6, 120, 600), clampSize(500, 120, 90)]).toEqual([120, 334, 90]);
  });
});

import { describe, expect, it } from 'vitest';
import { columns } from './columns';

describe('columns', () => {
  it('fills rows as readline does: as many cells as fit, top to bottom', () => {
    const items = ['connect', 'create', 'disconnect', 'inspect', 'ls', 'prune', 'rm'];
    expect(columns(items, 80)).toBe('connect     disconnect  ls          rm\ncreate      inspect     prune\n');
    expect(columns(items, 30)).toBe('connect     ls\ncreate      prune\ndisconnect  rm\ninspect\n');
    expect(columns(['a-very-long-name', 'b'], 10)).toBe('a-very-long-name\nb\n');
    expect(columns([], 80)).toBe('');
  });
});

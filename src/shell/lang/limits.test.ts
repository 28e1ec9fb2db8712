import { describe, expect, it } from 'vitest';
import { harness } from '../../testing/harness';

describe('limits of a typed line', () => {
  it('refuses a program argument longer than MAX_ARG_STRLEN as the shell does (E2BIG), but not a builtin echo', () => {
    const h = harness('three-node').onNode('default');
    // The node's BusyBox ash names the command typed; the laptop's bash the path it found.
    expect(h.out(`docker ${'a'.repeat(200_000)}`)).toBe('-sh: docker: Argument list too long\n');
    expect(h.out('echo $?')).toBe('126\n');
    expect(h.out(`echo ${'a'.repeat(200_000)} | wc -c`)).toBe('200001\n');
    const laptop = harness('three-node');
    expect(laptop.out(`docker-machine ${'a'.repeat(200_000)}`)).toBe('bash: /usr/bin/docker-machine: Argument list too long\n');
    expect(laptop.out('echo $?')).toBe('126\n');
  });

  it('runs substitutions nested up to the limit and refuses deeper ones in the shell words', () => {
    const h = harness('three-node').onNode('default');
    expect(h.out(`echo ${'$(echo '.repeat(200)}deep${')'.repeat(200)}`)).toBe('deep\n');
    expect(h.out(`echo ${'$('.repeat(2000)}`)).toBe('-sh: command substitution: maximum nesting level exceeded (200)\n');
    expect(harness('three-node').out(`echo ${'$('.repeat(2000)}`)).toBe('bash: command substitution: maximum nesting level exceeded (200)\n');
  });
});

import { describe, expect, it } from 'vitest';
import { golden } from '../../testing/golden';
import { harness } from '../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

describe('BusyBox ash speaks as sh', () => {
  it('not found, syntax errors, redirections, nesting and E2BIG in ash words', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker run -d --name alp alpine sleep 1d');
    const t = h.run(
      [
        'docker exec -it alp sh',
        'nosuch',
        'docker ps',
        '&& ls',
        'ls | | wc',
        'echo $(ls &&)',
        'echo >',
        'cat < nosuch',
        'echo x > /nodir/x',
        'echo x > /etc',
        `echo ${'$('.repeat(201)}`,
        'exit',
      ].join('\n'),
    );
    expect(t).toBe(golden(file('ash-words-29'), t));
    // The node's login ash refuses to hand docker such an argument; inside the container ash refuses cat.
    expect(h.out(`docker exec alp cat ${'a'.repeat(140_000)}`)).toBe('-sh: docker: Argument list too long\n');
    h.run('docker exec -it alp sh');
    expect(h.out(`cat ${'a'.repeat(140_000)}`)).toBe('sh: cat: Argument list too long\n');
  });
});

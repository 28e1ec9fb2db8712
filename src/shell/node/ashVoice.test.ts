import { describe, expect, it } from 'vitest';
import { golden } from '../../testing/golden';
import { harness } from '../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

describe('a Boot2Docker node speaks BusyBox ash', () => {
  it('the login shell says -sh, a child sh says sh, the file tools are BusyBox applets', () => {
    const h = harness('three-node').onNode('default');
    const t = h.run(
      [
        'boot2docker',
        'echo $?',
        "sh -c 'foo'",
        'echo $?',
        'sh -c',
        'echo x > /nodir/x',
        'cat < nosuch',
        'echo x >&7',
        'echo >',
        'echo $?',
        'cat nosuch',
        'ls nosuch',
        'mkdir /nodir/x',
        'echo "foo; echo after" | sh',
        'sh',
        'foo',
        'cat < nosuch',
        'exit',
        'sudo foo',
        'exit',
        'docker-machine ssh default foo',
        'bar',
      ].join('\n'),
    );
    expect(t).toBe(golden(file('ash-voice-29'), t));
  });
});

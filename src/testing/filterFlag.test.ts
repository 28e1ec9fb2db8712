import { describe, expect, it } from 'vitest';
import { harness } from './harness';

/** docker/cli's FilterOpt refuses a filter without `=` before the command runs, the same way for every list command. */
describe('a malformed --filter', () => {
  it.each(['docker service ls -f name', 'docker node ls --filter role', 'docker network ls -f x', 'docker ps -f status'])('is a flag error for %s', (line) => {
    const out = harness('three-node').onNode('default').out(`${line}; echo "exit $?"`);
    const [command, bad] = [line.split(' -')[0] as string, line.split(' ').pop() as string];
    expect(out).toBe(
      `invalid argument "${bad}" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  ${command} [OPTIONS]\n\nRun '${command} --help' for more information\nexit 125\n`,
    );
  });
  it('keeps well-formed filters, names lower-cased and values trimmed', () => {
    const out = harness('three-node').onNode('default').out('docker network ls -f "NAME= ingress" -q');
    expect(out.trim().split('\n')).toHaveLength(1);
  });
});

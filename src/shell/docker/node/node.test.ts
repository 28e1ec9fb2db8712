import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;
const check = (name: string, transcript: string): void => expect(transcript).toBe(golden(file(name), transcript));

describe('docker node (profile 29)', () => {
  it('lists, filters and inspects nodes', () => {
    const h = harness('three-node').onNode('default');
    check(
      'ls-inspect-29',
      h.run('docker node ls\ndocker node ls -q\ndocker node ls -f role=worker --format "{{.Hostname}} {{.Self}} {{.Status}}"\ndocker node inspect --pretty self default-2\ndocker node inspect default\ndocker node inspect -f "{{.Spec.Role}} {{.Status.Addr}}" default-3\ndocker node inspect nosuch; echo "exit $?"'),
    );
  });

  it('promotes, demotes, drains and removes nodes with docker words', () => {
    const h = harness('three-node').onNode('default');
    check(
      'update-roles-29',
      h.run(
        [
          'docker node promote default-2 default-2',
          'docker node ls',
          'docker node demote default-2',
          'docker node demote default; echo "exit $?"',
          'docker node update --availability drain default-3',
          'docker node update --availability sleepy default-3; echo "exit $?"',
          'docker node ls',
          'docker node rm default-3; echo "exit $?"',
          'docker node rm default; echo "exit $?"',
          'docker node rm --force default-3',
          'docker node ls',
          'docker node ps',
        ].join('\n'),
      ),
    );
  });

  it('refuses cluster commands on a worker and outside a swarm', () => {
    const worker = harness('three-node').onNode('default-2');
    const alone = harness('no-swarm').onNode('default');
    check('refused-29', worker.run('docker node ls; echo "exit $?"\ndocker node promote default-2; echo "exit $?"') + alone.run('docker node ls; echo "exit $?"'));
  });

  it('shows a node that left as Down until it is removed', () => {
    const h = harness('three-node');
    const t = h.onNode('default-3').run('docker swarm leave') + h.onNode('default').run('docker node ls\ndocker node rm default-3\ndocker node ls');
    check('left-node-29', t);
  });
});

describe('docker node (profile 17.10)', () => {
  it('prints the 17.10 table without ENGINE VERSION and the 17.10 plugin list', () => {
    const h = harness('seed-2017').onNode('default');
    check('ls-pretty-17.10', h.run('docker node ls\ndocker node inspect --pretty default-3'));
  });
});

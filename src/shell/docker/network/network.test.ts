import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;
const check = (name: string, transcript: string): void => expect(transcript).toBe(golden(file(name), transcript));

describe('docker network (profile 29, three-node)', () => {
  it('creates, lists, filters and formats networks', () => {
    const h = harness('three-node').onNode('default');
    check(
      'create-ls-29',
      h.run(
        [
          'docker network create -d overlay --attachable mynet',
          'docker network create --subnet 10.9.0.0/16 --gateway 10.9.0.1 --label team=blue mybr',
          'docker network ls',
          'docker network ls -f driver=overlay',
          'docker network ls -q -f type=custom',
          'docker network ls --no-trunc -f name=my',
          'docker network ls --format "{{.Name}}\\t{{.Scope}}"',
          'docker network ls --format "table {{.Name}}\\t{{.Labels}}"',
        ].join('\n'),
      ),
    );
  });

  it('inspects an overlay, the ingress network, bridge, host and a user bridge from the manager', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay mynet\ndocker network create --label team=blue mybr');
    check('inspect-29', h.run('docker network inspect mynet ingress bridge host mybr docker_gwbridge'));
  });

  it('formats inspect with -f and prints [] plus an error for a missing network', () => {
    const h = harness('three-node').onNode('default');
    check('inspect-format-missing-29', h.run('docker network inspect -f "{{.Name}} {{.Driver}} {{.Scope}}" ingress bridge\ndocker network inspect nosuch; echo "exit $?"\ndocker network inspect -f "{{.Nope" bridge; echo "exit $?"'));
  });

  it('refuses what docker refuses, with its exact words and exit codes', () => {
    const h = harness('three-node').onNode('default');
    check(
      'errors-29',
      h.run(
        [
          'docker network create -d overlay mynet',
          'docker network create -d overlay mynet; echo "exit $?"',
          'docker network create --subnet 10.9.0.0/16 --gateway 10.8.0.1 x; echo "exit $?"',
          'docker network create --subnet 10.9.0.0/33 x; echo "exit $?"',
          'docker network create --subnet 10.9.0.5/16 x; echo "exit $?"',
          'docker network create --subnet 172.17.5.0/24 x; echo "exit $?"',
          'docker network create -d nosuch x; echo "exit $?"',
          'docker network create; echo "exit $?"',
          'docker network ls -f nosuch; echo "exit $?"',
          'docker network ls -f color=red; echo "exit $?"',
          'docker network rm bridge nosuch mynet; echo "exit $?"',
          'docker network rm -f nosuch; echo "exit $?"',
        ].join('\n'),
      ),
    );
  });

  it('refuses overlays on a worker and on a machine outside the swarm', () => {
    const worker = harness('three-node').onNode('default-2');
    const alone = harness('no-swarm').onNode('default');
    check('overlay-refused-29', worker.run('docker network create -d overlay mynet; echo "exit $?"') + alone.run('docker network create -d overlay mynet; echo "exit $?"'));
  });

  it('prunes unused custom networks only with -f or a yes on stdin', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay mynet\ndocker network create mybr');
    check('prune-29', h.run('docker network prune\n\necho n | docker network prune; echo "exit $?"\ndocker network ls -q | wc -l\necho y | docker network prune\ndocker network create mybr2\ndocker network prune -f\ndocker network prune -f'));
  });

  it('connects and disconnects a container (errors when it does not exist)', () => {
    const h = harness('three-node').onNode('default');
    check('connect-errors-29', h.run('docker network create -d overlay mynet\ndocker network connect mynet nosuch; echo "exit $?"\ndocker network disconnect mynet nosuch; echo "exit $?"\ndocker network connect mynet; echo "exit $?"'));
  });
});

describe('docker network (profile 17.10)', () => {
  it('prints 17.10 tables and errors', () => {
    const h = harness('seed-2017').onNode('default');
    check(
      'errors-17.10',
      h.run(
        [
          'docker network create -d overlay overnet',
          'docker network create -d overlay overnet; echo "exit $?"',
          'docker network create --subnet 172.17.5.0/24 x; echo "exit $?"',
          'docker network ls --format "table {{.ID}}\\t{{.Name}}"',
          'docker network inspect nosuch; echo "exit $?"',
          'docker network rm overnet bridge; echo "exit $?"',
          'docker network inspect -f "{{.Name}} {{.Created}} {{.Labels}}" overnet',
        ].join('\n'),
      ),
    );
  });
});

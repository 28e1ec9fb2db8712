import { describe, expect, test } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const dir = `${__dirname}/testdata`;

function cluster() {
  const h = harness('three-node').onNode('default');
  h.run('docker network create -d overlay mynet\ndocker network create -d bridge mybr');
  return h;
}

describe('docker service create (profile 29)', () => {
  test('converged screen ends with the service id line; -d and -q print only the id', () => {
    const h = cluster();
    const out = h.run('docker service create --name web --replicas 3 --network mynet -p 8080:80 nginx\ndocker service create -d --name api busybox sleep 1d\ndocker service create -q --name q busybox');
    expect(out).toBe(golden(`${dir}/create-29.golden`, out));
  });

  test('errors leave the world unchanged, in docker\'s words', () => {
    const h = cluster();
    h.run('docker service create -d --name web -p 8080:80 nginx');
    const before = h.world;
    const out = h.run(
      [
        'docker service create --name web nginx',
        'docker service create --name other -p 8080:80 nginx',
        'docker service create --name dns --endpoint-mode dnsrr -p 9090:80 nginx',
        'docker service create --name lost --network nosuch nginx',
        'docker service create --name local --network mybr nginx',
        'docker service create --bogus nginx',
        'docker service create --name p -p 80:abc nginx',
        'docker service create --mode global --replicas 2 nginx',
      ].join('\n'),
    );
    expect(out).toBe(golden(`${dir}/create-errors-29.golden`, out));
    expect(Object.keys(h.world.services)).toEqual(Object.keys(before.services));
  });

  test('tasks that cannot run keep docker waiting until Ctrl+C', () => {
    const h = cluster();
    const out = h.run('docker service create --name bad --constraint node.role==nobody busybox\n^C\ndocker service create --name gone nosuch\n^C');
    expect(out).toBe(golden(`${dir}/create-stuck-29.golden`, out));
    expect(out).toContain('1/1: no suitable node (scheduling constraints not satisfied on 3 nodes) \n^COperation continuing in background.\n');
  });

  test('global mode shows one line per node, by short node id', () => {
    const h = cluster();
    const out = h.out('docker service create --name g --mode global busybox sleep 1d');
    expect(out).toBe(golden(`${dir}/create-global-29.golden`, out));
    expect(out.split('\n').filter((l) => /^[a-z0-9]{12}: running {3}\[/.test(l))).toHaveLength(3);
  });

  test('more than 20 replicas: no per-slot lines', () => {
    const out = cluster().out('docker service create --name many --replicas 21 busybox sleep 1d');
    expect(out.split('\n').slice(1)).toEqual(['overall progress: 21 out of 21 tasks ', expect.stringMatching(/^verify: Service \w{25} converged $/), '']);
  });
});

describe('docker service create (profile 17.10)', () => {
  test('unknown flag uses the legacy usage text', () => {
    const h = harness('seed-2017').onNode('default');
    const out = h.run('docker service create --bogus nginx\ndocker service create --name lost --network nosuch nginx');
    expect(out).toBe(golden(`${dir}/create-errors-17.10.golden`, out));
  });
});

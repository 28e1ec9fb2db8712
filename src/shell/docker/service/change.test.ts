import { describe, expect, test } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const dir = `${__dirname}/testdata`;

function web(scenario = 'three-node') {
  const h = harness(scenario).onNode('default');
  h.run('docker network create -d overlay mynet\ndocker network create -d overlay other');
  h.run('docker service create -d --name web --replicas 2 --network mynet nginx');
  return h;
}

describe('docker service scale / update / rm / logs', () => {
  test('scale prints "scaled to", then progress for each service; bad specifiers and values', () => {
    const h = web();
    const out = h.run('docker service scale web=4\ndocker service scale web=x nosuch=2\ndocker service scale web');
    expect(out).toBe(golden(`${dir}/scale-29.golden`, out));
  });

  test('update prints the name and converges; network and port changes reach the spec', () => {
    const h = web();
    const out = h.run(
      'docker service update --network-add other --publish-add 8080:80 --constraint-add node.role!=manager web\ndocker service update -d --network-rm mynet --publish-rm 80 web\ndocker service update --endpoint-mode dnsrr nosuch',
    );
    expect(out).toBe(golden(`${dir}/update-29.golden`, out));
    const spec = Object.values(h.world.services)[0]?.spec;
    expect(spec?.networks.map((n) => h.world.networks[n.network]?.name)).toEqual(['other']);
    expect(spec?.ports).toEqual([]);
    expect(spec?.constraints).toEqual(['node.role!=manager']);
  });

  test('update in 17.10 ends with "verify: Service converged"', () => {
    const out = web('seed-2017').out('docker service update --force web');
    expect(out).toBe(golden(`${dir}/update-17.10.golden`, out));
  });

  test('rm prints each name and reports the missing ones', () => {
    const h = web();
    const out = h.run('docker service rm web nosuch\ndocker service ls');
    expect(out).toBe(golden(`${dir}/rm-29.golden`, out));
    expect(h.world.services).toEqual({});
  });

  test('logs: nginx entrypoint lines per task; sleep prints nothing', () => {
    const h = web();
    h.run('docker service create -d --name quiet busybox sleep 1d');
    const out = h.run('docker service logs web\ndocker service logs quiet\ndocker service logs nosuch');
    expect(out).toBe(golden(`${dir}/logs-29.golden`, out));
  });
});

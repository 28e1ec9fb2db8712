import { describe, expect, test } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const dir = `${__dirname}/testdata`;

function webAndApi() {
  const h = harness('three-node').onNode('default');
  h.run('docker network create -d overlay mynet');
  h.run('docker service create -d --name web --replicas 3 --network mynet -p 8080:80 -p 8081:81 nginx');
  h.run('docker service create -d --name api2 --network name=mynet,alias=backend busybox sleep 1d');
  h.run('docker service create -d --name api10 --mode global --constraint node.role==worker busybox sleep 1d');
  h.run('@wait 20s');
  return h;
}

describe('docker service ls / ps / inspect (profile 29)', () => {
  test('ls: natural name order, grouped ingress ports, -q, filters, --format', () => {
    const out = webAndApi().run(
      'docker service ls\ndocker service ls -q\ndocker service ls -f name=api\ndocker service ls --format "{{.Name}}: {{.Replicas}}"\ndocker service ls -f bogus=1',
    );
    expect(out).toBe(golden(`${dir}/ls-29.golden`, out));
    expect(out).toContain('*:8080-8081->80-81/tcp');
  });

  test('ps: several services, history rows, --no-trunc, -q, desired-state filter, unknown service', () => {
    const h = webAndApi();
    h.run('docker service update -d --image busybox web');
    const out = h.run(
      'docker service ps web api2\ndocker service ps --no-trunc api2\ndocker service ps -q api2\ndocker service ps -f desired-state=running web\ndocker service ps nosuch',
    );
    expect(out).toBe(golden(`${dir}/ps-29.golden`, out));
    expect(out).toMatch(/ \\_ web\.1 +nginx:latest/);
    expect(out.endsWith('docker service ps nosuch\nno such service: nosuch\n')).toBe(true);
  });

  test('ps: an unschedulable task shows its error quoted and cut to 30 characters', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker service create -d --name bad --constraint node.hostname==elsewhere busybox');
    const out = h.out('docker service ps bad');
    expect(out).toBe(golden(`${dir}/ps-error-29.golden`, out));
    expect(out).toContain('"no suitable node (scheduling …"');
  });

  test('inspect: JSON with both VIPs, --pretty, -f, and a missing service', () => {
    const out = webAndApi().run('docker service inspect web api2\ndocker service inspect --pretty api10\ndocker service inspect -f "{{.Spec.Name}}" web nosuch\ndocker service inspect nosuch');
    expect(out).toBe(golden(`${dir}/inspect-29.golden`, out));
  });

  test('workers cannot read cluster state', () => {
    const h = harness('three-node').onNode('default-2');
    const out = h.run('docker service ls\ndocker service ps web\ndocker service inspect web');
    expect(out).toBe(golden(`${dir}/worker-29.golden`, out));
  });
});

describe('docker service inspect (profile 17.10)', () => {
  test('the seed service: 17.10 shape, VIP 10.0.0.5/24 on overnet', () => {
    const h = harness('seed-2017').onNode('default');
    h.run('docker network create -d overlay overnet');
    h.run('docker service create --name myservice --network overnet --replicas 3 ubuntu sleep infinity');
    const out = h.out('docker service inspect myservice');
    expect(out).toBe(golden(`${dir}/inspect-seed-17.10.golden`, out));
    expect(out).toContain('"Addr": "10.0.0.5/24"');
    expect(out).not.toContain('"Init"');
  });
});

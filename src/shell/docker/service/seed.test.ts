import { describe, expect, test } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const dir = `${__dirname}/testdata`;

describe('the seed walkthrough (profile 17.10)', () => {
  const h = harness('seed-2017').onNode('default');
  h.run('docker network create -d overlay overnet');

  test('service create prints the id, then the converged progress screen', () => {
    const out = h.run('docker service create --name myservice \\\n--network overnet \\\n--replicas 3 \\\nubuntu sleep infinity');
    expect(out).toBe(golden(`${dir}/seed-create.golden`, out));
    expect(out).toMatch(/\noverall progress: 3 out of 3 tasks \n1\/3: running {3}\[={50}>\] \n/);
    expect(out.endsWith('verify: Service converged \n')).toBe(true);
  });

  test('service ls and service ps match the seed tables (ids and ages aside)', () => {
    h.run('@wait 15s');
    const out = h.run('docker service ls\ndocker service ps myservice');
    expect(out).toBe(golden(`${dir}/seed-ls-ps.golden`, out));
    expect(out).toContain('ID                  NAME                MODE                REPLICAS            IMAGE               PORTS\n');
    expect(out).toMatch(/myservice\.1 {9}ubuntu:latest {7}default-2 {11}Running {13}Running 25 seconds ago {23}\n/);
  });
});

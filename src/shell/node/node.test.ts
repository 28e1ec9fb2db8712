import { describe, expect, it } from 'vitest';
import { golden } from '../../testing/golden';
import { harness } from '../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

describe('node shell tools', () => {
  it('hostname, ip addr and uname on a swarm node (29)', () => {
    const h = harness('three-node').onNode('default-2');
    const t = h.run('hostname\nip addr\nuname -a\nip route\nip\nip addr flush');
    expect(t).toBe(golden(file('node-tools-29'), t));
  });

  it('docker0 gets a carrier once a container runs on the bridge; no docker_gwbridge outside a swarm', () => {
    const h = harness('no-swarm').onNode('default');
    const before = h.out('ip a');
    expect(before).toContain('4: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default\n');
    expect(before).not.toContain('docker_gwbridge');
    h.run('docker run -d alpine sleep 100');
    expect(h.out('ip a')).toContain('4: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default\n');
  });
});

import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = new URL('./testdata/init-addresses-29.golden', import.meta.url).pathname;

describe('swarm init and join addresses on a docker-machine VM (eth0 NAT, eth1 host-only)', () => {
  it('refuses what the daemon cannot resolve, in its words, and takes interface names', () => {
    const h = harness('no-swarm');
    let t = h.onNode('default').run(
      [
        'docker swarm init; echo "exit $?"',
        'docker swarm init --advertise-addr 10.0.0.1 --data-path-addr 192.168.0.1; echo "exit $?"',
        'docker swarm init --advertise-addr eth9; echo "exit $?"',
        'docker swarm init --advertise-addr 0.0.0.0; echo "exit $?"',
        'docker swarm init --advertise-addr 192.168.99.100 --data-path-addr eth9; echo "exit $?"',
        'docker swarm init --advertise-addr eth1 --data-path-addr eth1; echo "exit $?"',
        // On a swarm member the daemon says so before it looks at any address.
        'docker swarm init --advertise-addr eth9; echo "exit $?"',
      ].join('\n'),
    );
    const token = h.world.swarm!.tokens.worker;
    t += h.onNode('default-2').run(
      [
        `docker swarm join --token ${token} --data-path-addr nope 192.168.99.100:2377; echo "exit $?"`,
        // A wrong advertise address on join is left to the manager, which sees the node's real one.
        `docker swarm join --token ${token} --advertise-addr eth9 192.168.99.100:2377; echo "exit $?"`,
      ].join('\n'),
    );
    expect(t).toBe(golden(file, t));
    expect(Object.values(h.world.swarm!.nodes).filter((n) => !n.left)).toHaveLength(2);
  });
});

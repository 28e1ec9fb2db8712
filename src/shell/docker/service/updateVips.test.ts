import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = new URL('./testdata/update-vips-29.golden', import.meta.url).pathname;

describe('service update and VIPs', () => {
  it('keeps the VIP on a network the service stays on; frees it on one it leaves, and all of them for dnsrr', () => {
    const h = harness('three-node').onNode('default');
    const vips = "docker service inspect --format '{{json .Endpoint.VirtualIPs}}' my-web";
    const out = h.run(
      [
        'docker network create --driver overlay --subnet 10.0.9.0/24 --gateway 10.0.9.99 my-network',
        'docker network create --driver overlay my-network-2',
        'docker service create -d --replicas 3 --name my-web --network my-network nginx',
        vips,
        'docker service update -d --network-add my-network-2 my-web',
        vips,
        'docker service update -d --network-rm my-network-2 my-web',
        vips,
        'docker service update -d --publish-add published=8080,target=80 my-web',
        vips,
        'docker service update -d --publish-rm 8080 --endpoint-mode dnsrr my-web',
        "docker service inspect --format '{{json .Endpoint}}' my-web",
        'docker service update -d --endpoint-mode vip my-web',
        vips,
      ].join('\n'),
    );
    expect(out).toBe(golden(file, out));
    // The first VIP is the network's first free address (the gateway is .99), and it survives both updates.
    expect(out.match(/"Addr":"10\.0\.9\.1\/24"/g)).toHaveLength(4);
  });
});

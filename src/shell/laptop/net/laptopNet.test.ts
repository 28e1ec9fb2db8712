import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const dir = `${__dirname}/testdata`;

describe('laptop ping and curl through the routing mesh', () => {
  it('every node answers the published port, the node without a task too; rr per node; refused elsewhere', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay mynet\ndocker service create --name web --replicas 2 --network mynet -p 8080:80 traefik/whoami\nexit');
    const out = h.run(`ping -c 2 192.168.99.101
curl http://192.168.99.100:8080
curl http://192.168.99.100:8080
curl http://192.168.99.101:8080
curl http://192.168.99.102:8080/
curl -s http://192.168.99.102:9999
curl http://192.168.99.102:9999
ping -c 1 192.168.99.7`);
    expect(out).toBe(golden(`${dir}/laptop-mesh.golden`, out));
    const remotes = [...out.matchAll(/^RemoteAddr: ([\d.]+):\d+$/gm)].map((m) => m[1]);
    expect(remotes).toEqual(['10.0.0.2', '10.0.0.2', '10.0.0.3', '10.0.0.4']);
  });
});

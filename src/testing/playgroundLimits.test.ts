import { describe, expect, it } from 'vitest';
import { harness } from './harness';

describe('replica counts beyond what the playground simulates', () => {
  it('are refused with a line naming the limit, and leave the world as it was', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker service create -d --name web nginx');
    const before = h.world;
    expect(h.out('docker service create -d --name big --replicas 100000 nginx')).toBe('playground limit: a service can have at most 1000 replicas here (asked for 100000)\n');
    expect(h.out('docker service update -d --replicas 1001 web')).toBe('playground limit: a service can have at most 1000 replicas here (asked for 1001)\n');
    expect(h.out('docker service scale -d web=1000000')).toBe('web: playground limit: a service can have at most 1000 replicas here (asked for 1000000)\n');
    expect(h.world.services).toBe(before.services);
    expect(h.world.tasks).toBe(before.tasks);
  });
  it('up to the limit work as Docker does', () => {
    const h = harness('three-node').onNode('default');
    expect(h.out('docker service create -d --name web --replicas 1000 nginx')).toMatch(/^[a-z0-9]{25}\n$/);
    expect(h.out("docker service ls --format '{{.Replicas}}'")).toBe('1000/1000\n');
  });
});

describe('ping counts beyond what the playground simulates at once', () => {
  it('are refused with a line naming the limit; up to it ping answers', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable on\ndocker run -dit --name c1 --network on alpine\ndocker run -dit --name c2 --network on alpine\ndocker exec -it c1 sh');
    expect(h.out('ping -c 111111 c2')).toBe('ping: playground limit: at most 1000 echoes with -c (without -c, ping runs until Ctrl+C)\n');
    expect(h.out('ping -c 1000 c2 | tail -n 2')).toMatch(/^1000 packets transmitted, 1000 packets received, 0% packet loss\nround-trip min\/avg\/max = /);
    h.run('exit\nexit');
    expect(h.out('ping -c 5000 192.168.99.100')).toBe('ping: playground limit: at most 1000 echoes with -c (without -c, ping runs until Ctrl+C)\n');
  });
});

describe('sleep past the end of the simulated clock', () => {
  it('is refused, and docker still prints times afterwards', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker run -d --name c1 alpine');
    expect(h.out('sleep 1e13')).toBe('sleep: playground limit: the simulated clock stops at 9999-12-31T23:59:59Z\n');
    expect(h.out('sleep 99999999999999999999')).toBe('sleep: playground limit: the simulated clock stops at 9999-12-31T23:59:59Z\n');
    expect(h.out("docker ps -a --format '{{.Names}} {{.Status}}'")).toBe('c1 Up 6 seconds\n');
  });
});

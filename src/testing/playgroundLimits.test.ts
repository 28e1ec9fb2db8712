import { describe, expect, it } from 'vitest';
import { harness } from './harness';

// Replica counts beyond what the playground simulates: src/testing/limits.test.ts.

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

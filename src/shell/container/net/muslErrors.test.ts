import { describe, expect, it } from 'vitest';
import { harness } from '../../../testing/harness';

describe('BusyBox on alpine words socket errors as musl does', () => {
  it('ping and wget from a container with no route out say "Network unreachable"', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable --internal secret\ndocker run -dit --name locked --network secret alpine\ndocker exec -it locked sh');
    expect(h.out('ping -c 1 8.8.8.8')).toBe('PING 8.8.8.8 (8.8.8.8): 56 data bytes\nping: sendto: Network unreachable\n');
    expect(h.out('wget -qO- 8.8.8.8')).toBe("wget: can't connect to remote host (8.8.8.8): Network unreachable\n");
  });
});

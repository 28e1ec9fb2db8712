import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

describe('iptables on a node', () => {
  it('nat, filter and mangle tables with a published service (29, moby 28+ rules)', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker service create -d --name web -p 8080:80 nginx');
    const t = h.run(
      'iptables -t nat -L -n\nsudo iptables -t nat -L -n -v\nsudo iptables -nvL --line-numbers\nsudo iptables -t mangle -L -n\nsudo iptables -t nat -S\nsudo iptables -S DOCKER-INGRESS\nsudo iptables -t raw -L\nsudo iptables -L NOPE\nsudo nope',
    );
    expect(t).toBe(golden(file('iptables-29'), t));
  });

  it('legacy iptables of boot2docker 17.10, outside and inside a swarm', () => {
    const h = harness('seed-2017').onNode('default');
    const t = h.run('iptables -L\nsudo iptables -t nat -L -n\nsudo iptables -L -n\nsudo iptables -S');
    expect(t).toBe(golden(file('iptables-17.10'), t));
  });
});

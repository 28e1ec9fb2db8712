import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

describe('Docker namespaces on a node', () => {
  it('ls /var/run/docker/netns, then ipvsadm, iptables, bridge fdb, ip neigh and ip -d link inside them (29)', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay mynet\ndocker service create -d --name web --replicas 3 --network mynet -p 8080:80 nginx');
    const names = h.out('sudo ls /var/run/docker/netns').trim().split(/\s+/);
    const lb = names.find((n) => n.startsWith('lb_')) ?? 'lb_missing';
    const ovl = names.filter((n) => n.startsWith('1-'));
    const ns = (n: string): string => `sudo nsenter --net=/var/run/docker/netns/${n}`;
    const script = [
      'ls /var/run/docker/netns',
      'sudo ls /var/run/docker/netns',
      `${ns('ingress_sbox')} ipvsadm -Ln`,
      `${ns('ingress_sbox')} iptables -t mangle -L -n`,
      `${ns('ingress_sbox')} iptables -t nat -L -n`,
      `${ns(lb)} ipvsadm -Ln`,
      `${ns(lb)} iptables -t mangle -S`,
      `${ns(lb)} iptables -t nat -L -n`,
      ...ovl.flatMap((o) => [`${ns(o)} bridge fdb show dev vxlan0`, `${ns(o)} ip neigh`, `${ns(o)} ip -d link show vxlan0`]),
      `${ns('nope')} ip addr`,
      `nsenter --net=/var/run/docker/netns/ingress_sbox ipvsadm -Ln`,
      `${ns('ingress_sbox')} tcpdump`,
    ].join('\n');
    const t = h.run(script);
    expect(t).toBe(golden(file('netns-29'), t));
  });
});

import { describe, expect, it } from 'vitest';
import { canonical, world } from '../../sim/dns/fixtures';
import { topologyRows } from './topologyRows';

describe('topologyRows', () => {
  const rows = topologyRows(world('three-node', canonical));

  it('lists nodes with role, status and both host-side addresses', () => {
    expect(rows.nodes.map((r) => `${r.data.machine} ${r.data.role ?? '-'} ${r.data.status} ${r.data.address} ${r.data.gwbridge ?? '-'}`)).toEqual([
      'default manager ready 192.168.99.100/24 172.18.0.1/16',
      'default-2 worker ready 192.168.99.101/24 172.18.0.1/16',
      'default-3 worker ready 192.168.99.102/24 172.18.0.1/16',
    ]);
  });

  it('lists every task and sandbox with its addresses on each network, by machine', () => {
    expect(rows.members.map((r) => `${r.data.machine} ${r.data.kind} ${r.data.name.replace(/\.[a-z0-9]{25}$/, '')} ${r.data.addresses.map((a) => `${a.network}=${a.ip}`).join(',')}`)).toEqual([
      'default sbox ingress-sbox ingress=10.0.0.2,docker_gwbridge=172.18.0.2',
      'default lb lb-mynet mynet=10.0.1.6',
      'default task web.2 ingress=10.0.0.7,docker_gwbridge=172.18.0.3,mynet=10.0.1.4',
      'default-2 sbox ingress-sbox ingress=10.0.0.3,docker_gwbridge=172.18.0.2',
      'default-2 lb lb-mynet mynet=10.0.1.7',
      'default-2 task web.3 ingress=10.0.0.8,docker_gwbridge=172.18.0.3,mynet=10.0.1.5',
      'default-3 sbox ingress-sbox ingress=10.0.0.4,docker_gwbridge=172.18.0.2',
      'default-3 lb lb-mynet mynet=10.0.1.8',
      'default-3 task web.1 ingress=10.0.0.6,docker_gwbridge=172.18.0.3,mynet=10.0.1.3',
    ]);
  });

  it('lists overlays by VNI, then each machine\'s local networks', () => {
    expect(rows.networks.map((n) => `${n.name} ${n.driver} ${n.scope} ${n.machine ?? '-'} ${n.subnet ?? '-'} ${n.vni ?? '-'}`)).toEqual([
      'ingress overlay swarm - 10.0.0.0/24 4096',
      'mynet overlay swarm - 10.0.1.0/24 4097',
    ].concat(['default', 'default-2', 'default-3'].flatMap((m) => [
      `bridge bridge local ${m} 172.17.0.0/16 -`,
      `docker_gwbridge bridge local ${m} 172.18.0.0/16 -`,
      `host host local ${m} - -`,
      `none null local ${m} - -`,
    ])));
  });
});

import { describe as group, expect, it } from 'vitest';
import { translator } from '../../i18n/t';
import { canonical, overlay, world } from '../../sim/dns/fixtures';
import type { World } from '../../sim/world';
import type { ElementRef } from '../canvas/ids';
import { describe, valueText } from './describe';

const en = translator('en');

/** The inspector as plain text, in English; `tables` adds the command outputs. */
function render(w: World, ref: ElementRef, tables = false): string {
  const d = describe(w, ref);
  if (!d) return 'null';
  const lines = [`${en(d.kind)}: ${d.title}`];
  for (const r of d.rows) lines.push(`  ${en(r.label)}: ${r.values.map((v) => valueText(v, en)).join(' | ')}`);
  if (d.note) lines.push(`  (${en(d.note)})`);
  for (const b of tables ? (d.blocks ?? []) : []) lines.push(`  # ${en(b.title, b.params)}`, b.text === '' ? `  ${en(b.empty, b.params)}` : b.text);
  return lines.join('\n');
}

group('describe', () => {
  const w = world('three-node', canonical);
  const web1 = Object.values(w.containers).find((c) => c.name.startsWith('web.1.'));
  const mynet = Object.values(w.networks).find((n) => n.name === 'mynet');

  it('a node: hostname, role, status, availability, underlay address', () => {
    expect(render(w, { kind: 'host', machine: 'default-2' }).replace(/Node ID: \w+/, 'Node ID: <id>')).toBe([
      'Node: default-2',
      '  Hostname: default-2',
      '  Role: worker',
      '  Status: Ready',
      '  Availability: Active',
      '  Node ID: <id>',
      '  Underlay address: 192.168.99.101/24',
    ].join('\n'));
    expect(render(w, { kind: 'host', machine: 'default' })).toContain('  Role: leader\n');
  });

  it('a task container: interfaces in order and the DNS names that answer for it', () => {
    expect(web1 && render(w, { kind: 'container', container: web1.id })).toBe([
      'Task container: web.1.3lc0s3n6d2hzhh1zm5vl303gk',
      '  Image: nginx:latest@sha256:2c8a2d2c7e6f1a0b8d4e3f6a9c1b5d7e0f2a4c6b8d0e1f3a5c7b9d1e3f5a7c9b',
      '  State: running',
      '  Runs on: default-3',
      '  Service: web',
      '  Interfaces: eth0: 10.0.0.6/24 on ingress | eth1: 172.18.0.3/16 on docker_gwbridge | eth2: 10.0.1.3/24 on mynet',
      '  DNS names: web (mynet) → 10.0.1.2 | tasks.web (mynet) → 10.0.1.3, 10.0.1.4, 10.0.1.5 | web.1.3lc0s3n6d2hzhh1zm5vl303gk (mynet) → 10.0.1.3 | dbac22f1bfc2 (mynet) → 10.0.1.3',
      '  (Interface order here is fixed by the playground; real Docker does not guarantee it.)',
    ].join('\n'));
  });

  it('a network and a sandbox', () => {
    expect(mynet && render(w, { kind: 'network', network: mynet.id })).toBe([
      'Network: mynet',
      '  Driver: overlay',
      '  Scope: swarm',
      '  Subnet: 10.0.1.0/24',
      '  Gateway: 10.0.1.1',
      '  VXLAN ID (VNI): 4097',
      '  Options: —',
      '  Endpoints: 7',
    ].join('\n'));
    expect(render(w, { kind: 'sbox', machine: 'default-3' })).toBe([
      'Ingress sandbox: ingress-sbox',
      '  Runs on: default-3',
      '  Interfaces: eth0: 10.0.0.4 on ingress | eth1: 172.18.0.2 on docker_gwbridge',
    ].join('\n'));
    expect(mynet && render(w, { kind: 'lb', machine: 'default', network: mynet.id })).toBe([
      'Load balancer sandbox: lb-mynet',
      '  Runs on: default',
      '  Interfaces: eth0: 10.0.1.6 on mynet',
    ].join('\n'));
  });

  it('null once the element is gone', () => {
    expect(describe(w, { kind: 'container', container: 'nope' })).toBeNull();
    expect(describe(w, { kind: 'host', machine: 'nope' })).toBeNull();
  });
});

group('describe: tables', () => {
  const w = world('three-node', canonical);
  const mynet = Object.values(w.networks).find((n) => n.name === 'mynet');

  it('an LB sandbox shows its IPVS table as ipvsadm -Ln prints it, one real server per task', () => {
    expect(mynet && render(w, { kind: 'lb', machine: 'default', network: mynet.id }, true)).toBe([
      'Load balancer sandbox: lb-mynet',
      '  Runs on: default',
      '  Interfaces: eth0: 10.0.1.6 on mynet',
      '  # IPVS table (ipvsadm -Ln)',
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port Scheduler Flags',
      '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
      'FWM  256 rr',
      '  -> 10.0.1.3:0                   Masq    1      0          0',
      '  -> 10.0.1.4:0                   Masq    1      0          0',
      '  -> 10.0.1.5:0                   Masq    1      0          0',
    ].join('\n'));
  });

  it('the ingress sandbox shows the ingress table; a network without VIP services says so', () => {
    expect(render(w, { kind: 'sbox', machine: 'default-2' }, true).split('\n').slice(3, 9)).toEqual([
      '  # IPVS table (ipvsadm -Ln)',
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port Scheduler Flags',
      '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
      'FWM  256 rr',
      '  -> 10.0.0.6:0                   Masq    1      0          0',
    ]);
    const bare = world('three-node', []);
    expect(render(bare, { kind: 'sbox', machine: 'default' }, true).split('\n').slice(3)).toEqual([
      '  # IPVS table (ipvsadm -Ln)',
      '  No virtual service yet: no service with a VIP is attached to this network.',
    ]);
  });

  it("a node's overlay namespace shows its FDB and static ARP entries", () => {
    expect(mynet && render(w, { kind: 'ns', machine: 'default-2', network: mynet.id }, true)).toBe([
      'Overlay namespace: mynet · default-2',
      '  Runs on: default-2',
      '  Network: mynet',
      '  VXLAN ID (VNI): 4097',
      '  Interfaces: br0 | vxlan0',
      '  (Gossip programs one entry per remote endpoint, so ARP never crosses the wire.)',
      '  # FDB on mynet (bridge fdb show dev vxlan0)',
      '02:42:0a:00:01:03 dev vxlan0 dst 192.168.99.102 link-netnsid 0 self permanent',
      '02:42:0a:00:01:08 dev vxlan0 dst 192.168.99.102 link-netnsid 0 self permanent',
      '02:42:0a:00:01:04 dev vxlan0 dst 192.168.99.100 link-netnsid 0 self permanent',
      '02:42:0a:00:01:06 dev vxlan0 dst 192.168.99.100 link-netnsid 0 self permanent',
      '  # Static ARP on mynet (ip neigh show)',
      '10.0.1.3 dev vxlan0 lladdr 02:42:0a:00:01:03 PERMANENT',
      '10.0.1.8 dev vxlan0 lladdr 02:42:0a:00:01:08 PERMANENT',
      '10.0.1.4 dev vxlan0 lladdr 02:42:0a:00:01:04 PERMANENT',
      '10.0.1.6 dev vxlan0 lladdr 02:42:0a:00:01:06 PERMANENT',
    ].join('\n'));
  });

  it('a node lists the FDB of every overlay it holds, ingress first', () => {
    const titles = describe(w, { kind: 'host', machine: 'default' })?.blocks?.map((b) => en(b.title, b.params));
    expect(titles).toEqual([
      'FDB on ingress (bridge fdb show dev vxlan0)', 'Static ARP on ingress (ip neigh show)',
      'FDB on mynet (bridge fdb show dev vxlan0)', 'Static ARP on mynet (ip neigh show)',
    ]);
  });

  it('an overlay shows its FDB on every node that holds it', () => {
    const text = mynet ? render(w, { kind: 'network', network: mynet.id }, true) : '';
    expect(text.split('\n').filter((l) => l.startsWith('  #'))).toEqual([
      '  # FDB of mynet on default (bridge fdb show dev vxlan0)',
      '  # FDB of mynet on default-2 (bridge fdb show dev vxlan0)',
      '  # FDB of mynet on default-3 (bridge fdb show dev vxlan0)',
    ]);
    expect(text).toContain('  # FDB of mynet on default-3 (bridge fdb show dev vxlan0)\n02:42:0a:00:01:04 dev vxlan0 dst 192.168.99.100 link-netnsid 0 self permanent\n');
    const local = Object.values(w.networks).find((n) => n.name === 'bridge');
    expect(local && describe(w, { kind: 'network', network: local.id })?.blocks).toEqual([]);
  });

  it('a namespace on a node without the overlay is gone', () => {
    const v = world('three-node', [overlay('solo')]);
    const solo = Object.values(v.networks).find((n) => n.name === 'solo');
    expect(solo && describe(v, { kind: 'ns', machine: 'default', network: solo.id })).toBeNull();
  });
});

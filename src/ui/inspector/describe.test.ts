import { describe as group, expect, it } from 'vitest';
import { translator } from '../../i18n/t';
import { canonical, world } from '../../sim/dns/fixtures';
import type { World } from '../../sim/world';
import type { ElementRef } from '../canvas/ids';
import { describe, valueText } from './describe';

const en = translator('en');

/** The inspector as plain text, in English. */
function render(w: World, ref: ElementRef): string {
  const d = describe(w, ref);
  if (!d) return 'null';
  const lines = [`${en(d.kind)}: ${d.title}`];
  for (const r of d.rows) lines.push(`  ${en(r.label)}: ${r.values.map((v) => valueText(v, en)).join(' | ')}`);
  if (d.note) lines.push(`  (${en(d.note)})`);
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

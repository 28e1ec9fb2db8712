import { describe, expect, it } from 'vitest';
import { canonical, overlay, service, world } from '../dns/fixtures';
import { fdbShow, neighShow, overlayFdb } from './fdb';

const netId = (w: ReturnType<typeof world>, name: string) => Object.values(w.networks).find((n) => n.name === name)?.id ?? '';

describe('overlayFdb', () => {
  const w = world('three-node', canonical);

  it('lists the remote endpoints of an overlay from one node: peers in Peers order, addresses in order', () => {
    const entries = overlayFdb(w, netId(w, 'mynet'), 'default-2');
    expect(fdbShow(entries)).toBe([
      '02:42:0a:00:01:03 dev vxlan0 dst 192.168.99.102 link-netnsid 0 self permanent',
      '02:42:0a:00:01:08 dev vxlan0 dst 192.168.99.102 link-netnsid 0 self permanent',
      '02:42:0a:00:01:04 dev vxlan0 dst 192.168.99.100 link-netnsid 0 self permanent',
      '02:42:0a:00:01:06 dev vxlan0 dst 192.168.99.100 link-netnsid 0 self permanent',
    ].join('\n'));
    expect(neighShow(entries)).toBe([
      '10.0.1.3 dev vxlan0 lladdr 02:42:0a:00:01:03 PERMANENT',
      '10.0.1.8 dev vxlan0 lladdr 02:42:0a:00:01:08 PERMANENT',
      '10.0.1.4 dev vxlan0 lladdr 02:42:0a:00:01:04 PERMANENT',
      '10.0.1.6 dev vxlan0 lladdr 02:42:0a:00:01:06 PERMANENT',
    ].join('\n'));
  });

  it('never lists the local node, VIPs or local bridges', () => {
    const all = ['default', 'default-2', 'default-3'].flatMap((m) => overlayFdb(w, netId(w, 'ingress'), m).map((e) => `${m}>${e.machine} ${e.ip}`));
    expect(all).toEqual([
      'default>default-2 10.0.0.3', 'default>default-2 10.0.0.8', 'default>default-3 10.0.0.4', 'default>default-3 10.0.0.6',
      'default-2>default-3 10.0.0.4', 'default-2>default-3 10.0.0.6', 'default-2>default 10.0.0.2', 'default-2>default 10.0.0.7',
      'default-3>default 10.0.0.2', 'default-3>default 10.0.0.7', 'default-3>default-2 10.0.0.3', 'default-3>default-2 10.0.0.8',
    ]);
    expect(overlayFdb(w, netId(w, 'docker_gwbridge'), 'default')).toEqual([]);
  });

  it('is empty on a node without the overlay, and on a node that is alone on it', () => {
    const v = world('three-node', [overlay('solo'), service('one', { mode: { kind: 'replicated', replicas: 1 }, networks: [{ network: 'solo', aliases: [] }] }), { type: 'clock/advance', ms: 10_000 }]);
    const holders = ['default', 'default-2', 'default-3'].map((m) => overlayFdb(v, netId(v, 'solo'), m).length);
    expect(holders).toEqual([0, 0, 0]);
  });

  it('drops the entries of a stopped machine', () => {
    const v = world('three-node', [...canonical, { type: 'machine/stop', machine: 'default-3' }]);
    expect(overlayFdb(v, netId(v, 'mynet'), 'default').map((e) => e.dst)).not.toContain('192.168.99.102');
    expect(overlayFdb(v, netId(v, 'mynet'), 'default').length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { encodeFrame } from '../../sim/packet/frame';
import { hopLayers } from './hopLayers';
import { layerSummary } from './layerSummary';
import { firstHop, routingMeshTraces } from './routingMeshTrace';

describe('layerSummary', () => {
  it('gives each layer of a VXLAN frame its gist', () => {
    const [, remote] = routingMeshTraces();
    const hop = firstHop(remote, 'vxlan-encap');
    expect(hopLayers(hop.before, hop.after).map((l) => `${l.name}: ${layerSummary(l)}`)).toEqual([
      'Ethernet II: 08:00:27:a8:63:65 → 08:00:27:a8:63:66',
      'IPv4: 192.168.99.101 → 192.168.99.102, TTL 64',
      expect.stringMatching(/^UDP: \d+ → 4789$/),
      'VXLAN: VNI 4096',
      'Ethernet II: 02:42:0a:00:00:03 → 02:42:0a:00:00:07',
      'IPv4: 10.0.0.3 → 10.0.0.7, TTL 64',
      expect.stringMatching(/^TCP: \d+ → 8080$/),
    ]);
  });

  it('names the ICMP type and shows an HTTP start line', () => {
    const [trace] = routingMeshTraces();
    const http = trace!.packets[2]!.hops[0]!;
    expect(hopLayers(http.before, http.after).map(layerSummary).at(-1)).toBe('GET / HTTP/1.1');
    const ping = encodeFrame({ eth: { src: '02:42:0a:00:01:03', dst: '02:42:0a:00:01:04' }, ip: { src: '10.0.1.3', dst: '10.0.1.4' }, l4: { kind: 'icmp', type: 'echo-request', id: 1, seq: 1 } });
    expect(hopLayers(ping, ping).map(layerSummary)).toEqual(['02:42:0a:00:01:03 → 02:42:0a:00:01:04', '10.0.1.3 → 10.0.1.4, TTL 64', 'Echo (ping) request']);
  });
});

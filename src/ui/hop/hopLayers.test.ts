import { describe, expect, it } from 'vitest';
import { changedRanges, fieldAt, hopLayers, type LayerView } from './hopLayers';
import { firstHop, routingMeshTraces } from './routingMeshTrace';

const [local, remote] = routingMeshTraces();

/** Each layer as `+Name` when added, then its changed fields as `name: was -> now`. */
function summary(layers: readonly LayerView[]): string[] {
  return layers.flatMap((l) => [
    `${l.added ? '+' : ''}${l.name} @${l.range.offset}+${l.range.length} depth ${l.depth}`,
    ...l.fields.filter((f) => f.was !== undefined).map((f) => `  ${f.name}: ${f.was} -> ${f.display}`),
  ]);
}

describe('hopLayers', () => {
  it('DOCKER-INGRESS DNAT: the destination address and MACs changed, checksums recomputed', () => {
    const hop = firstHop(local, 'dnat');
    expect(summary(hopLayers(hop.before, hop.after))).toEqual([
      'Ethernet II @0+14 depth 0',
      '  Destination: 08:00:27:a8:63:65 -> 02:42:ac:12:00:02',
      '  Source: 0a:00:27:00:00:00 -> 02:42:ac:12:00:01',
      'IPv4 @14+20 depth 0',
      '  Header Checksum: 0xf314 [correct] -> 0x6b0e [correct]',
      '  Destination Address: 192.168.99.101 -> 172.18.0.2',
      'TCP @34+24 depth 0',
      '  Checksum: 0x6ca7 [correct] -> 0xe4a0 [correct]',
    ]);
  });

  it('IPVS in ingress_sbox: the destination becomes the picked task', () => {
    const hop = firstHop(local, 'ipvs-schedule');
    const ip = hopLayers(hop.before, hop.after).find((l) => l.name === 'IPv4');
    expect(ip?.fields.find((f) => f.name === 'Destination Address')).toMatchObject({ was: '172.18.0.2', display: '10.0.0.6' });
  });

  it('VXLAN encapsulation: four new outer layers with VNI 4096, the inner frame unchanged', () => {
    const hop = firstHop(remote, 'vxlan-encap');
    const layers = hopLayers(hop.before, hop.after);
    expect(summary(layers)).toEqual([
      '+Ethernet II @0+14 depth 1',
      '+IPv4 @14+20 depth 1',
      '+UDP @34+8 depth 1',
      '+VXLAN @42+8 depth 1',
      'Ethernet II @50+14 depth 0',
      'IPv4 @64+20 depth 0',
      'TCP @84+24 depth 0',
    ]);
    expect(layers[3]?.fields.find((f) => f.name === 'VNI')?.display).toBe('4096');
    expect(layers[1]?.fields.find((f) => f.name === 'Destination Address')?.display).toBe('192.168.99.102');
    expect(changedRanges(layers)).toEqual([{ offset: 0, length: 14 }, { offset: 14, length: 20 }, { offset: 34, length: 8 }, { offset: 42, length: 8 }]);
  });

  it('VXLAN decapsulation: nothing added, nothing changed in the inner frame', () => {
    const hop = firstHop(remote, 'vxlan-decap');
    expect(summary(hopLayers(hop.before, hop.after))).toEqual(['Ethernet II @0+14 depth 0', 'IPv4 @14+20 depth 0', 'TCP @34+24 depth 0']);
  });

  it('an unchanged frame has no changes and no added layers', () => {
    const hop = firstHop(local, 'deliver');
    expect(hop.before).toBe(hop.after);
    const layers = hopLayers(hop.before, hop.after);
    expect(changedRanges(layers)).toEqual([]);
    expect(layers.map((l) => l.id)).toEqual(['0:Ethernet II#0', '0:IPv4#0', '0:TCP#0']);
  });
});

describe('fieldAt', () => {
  it('finds the field under a byte: the TTL at 22, the inner destination MAC at 50', () => {
    const hop = firstHop(remote, 'vxlan-encap');
    const layers = hopLayers(hop.before, hop.after);
    expect(fieldAt(layers, 22)?.id).toBe('1:IPv4#0/Time to Live#0');
    expect(fieldAt(layers, 50)?.id).toBe('0:Ethernet II#0/Destination#0');
    expect(fieldAt(layers, 100_000)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { MarkerHop } from './markerHop';
import { arcMiddle, markerSpot, type Box } from './markerSpot';

const boxes = new Map<string, Box>([
  ['host:default', [0, 0, 300, 400]],
  ['host:default-2', [348, 0, 300, 300]],
  ['ns:default:n1', [14, 200, 272, 30]],
  ['laptop', [-268, 0, 220, 72]],
]);
const box = (id: string) => boxes.get(id);
const hop = (more: Partial<MarkerHop>): MarkerHop => ({ action: 'route', at: 'host:default', towards: '', wrap: 'bare', vni: 0, outerSrc: '', outerDst: '', ...more });

describe('markerSpot', () => {
  it('rides the left border level with the title at a place, and the right border while wrapping', () => {
    expect(markerSpot(hop({ action: 'bridge-forward', at: 'ns:default:n1' }), box)).toEqual({ x: 0, y: 215 });
    expect(markerSpot(hop({ action: 'vxlan-encap', at: 'ns:default:n1', wrap: 'wrap' }), box)).toEqual({ x: 300, y: 215 });
    expect(markerSpot(hop({ at: 'host:default' }), box)).toEqual({ x: -14, y: 22 });
  });

  it('sits on the tunnel arc between two hosts, and half-way to the laptop', () => {
    const mid = arcMiddle([0, 0, 300, 400], [348, 0, 300, 300]);
    expect(markerSpot(hop({ action: 'underlay-transit', towards: 'host:default-2', wrap: 'wrapped' }), box)).toEqual(mid);
    expect(mid.x).toBe(324);
    expect(mid.y).toBeGreaterThan(400);
    expect(markerSpot(hop({ action: 'underlay-transit', at: 'laptop', towards: 'host:default' }), box)).toEqual({ x: -24, y: 22 });
  });

  it('stays at its place when the far end is not drawn, and is nowhere when its place is not', () => {
    expect(markerSpot(hop({ action: 'underlay-transit', towards: 'host:gone' }), box)).toEqual({ x: -14, y: 22 });
    expect(markerSpot(hop({ at: 'container:gone' }), box)).toBeNull();
  });
});

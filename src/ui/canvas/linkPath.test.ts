import { describe, expect, it } from 'vitest';
import { linkPath } from './linkPath';

/** The path's corner points (every coordinate pair after M, L and Q's end point). */
function corners(d: string): [number, number][] {
  return [...d.matchAll(/([MLQ]) ([-\d.]+) ([-\d.]+)(?: ([-\d.]+) ([-\d.]+))?/g)].map((m) =>
    m[1] === 'Q' ? [Number(m[4]), Number(m[5])] : [Number(m[2]), Number(m[3])]);
}

describe('linkPath', () => {
  it('leaves the card to the right, climbs the host gutter, crosses above the hosts and rises into the network', () => {
    const points = corners(linkPath(300, 200, 105, -86, 0));
    const xs = points.map(([x]) => x);
    // Never left of the card's right side until it is above the hosts (y < 0): no crossing over cards.
    for (const [x, y] of points) if (y >= 0) expect(x).toBeGreaterThanOrEqual(300);
    expect(Math.max(...xs)).toBeLessThan(300 + 14);
    expect(points[points.length - 1]).toEqual([105, -86]);
  });

  it('gives each network its own lane in the gutter and in the band', () => {
    const a = corners(linkPath(300, 200, 105, -86, 0));
    const b = corners(linkPath(300, 200, 105, -86, 1));
    expect(a[2]?.[0]).not.toBe(b[2]?.[0]);
    expect(a[4]?.[1]).not.toBe(b[4]?.[1]);
  });
});

import { arcDepth } from './TunnelEdge';
import type { MarkerHop } from './markerHop';

/** An element's box in flow coordinates: x, y, width, height. */
export type Box = readonly [number, number, number, number];
export interface Point { readonly x: number; readonly y: number }

/** How far the marker's centre sits outside an element's edge (flow units): its radius with the white ring, so the dot touches the border and never the text inside. */
const OUTSIDE = 14;
/** The height of a card's title line (flow units from its top): the marker sits level with it. */
const TITLE = 22;

/**
 * Where the marker is at a hop, in flow coordinates. At a place it rides the element's left border,
 * level with the title (never over the name); wrapping and unwrapping happen at the right border (the
 * VTEP's side); on the wire it sits half-way along the tunnel arc between the two machines (or the
 * straight line to the laptop or the internet). null when the element is not drawn.
 */
export function markerSpot(m: MarkerHop, box: (id: string) => Box | undefined): Point | null {
  const here = box(m.at);
  if (!here) return null;
  const [x, y, w, h] = here;
  const level = y + Math.min(h / 2, TITLE);
  if (m.towards !== '') {
    const there = box(m.towards);
    if (there) return m.at.startsWith('host:') && m.towards.startsWith('host:') ? arcMiddle(here, there) : between(here, there);
  }
  if (m.wrap === 'wrap' || m.wrap === 'unwrap') return { x: x + w + OUTSIDE, y: level };
  return { x: x - OUTSIDE, y: level };
}

/** The lowest point of the tunnel arc between two hosts' bottom centres (the curve TunnelEdge draws). */
export function arcMiddle(a: Box, b: Box): Point {
  const [sx, sy] = [a[0] + a[2] / 2, a[1] + a[3]];
  const [tx, ty] = [b[0] + b[2] / 2, b[1] + b[3]];
  const low = Math.max(sy, ty) + arcDepth(tx - sx);
  return { x: (sx + tx) / 2, y: (sy + ty) / 8 + (low * 3) / 4 };
}

/** The SVG path of the tunnel arc between two hosts (the same curve as TunnelEdge). */
export function arcPath(a: Box, b: Box): string {
  const [sx, sy] = [a[0] + a[2] / 2, a[1] + a[3]];
  const [tx, ty] = [b[0] + b[2] / 2, b[1] + b[3]];
  const low = Math.max(sy, ty) + arcDepth(tx - sx);
  return `M ${sx} ${sy} C ${sx} ${low}, ${tx} ${low}, ${tx} ${ty}`;
}

/** Half-way between the facing sides of two boxes, level with the higher title. */
function between(a: Box, b: Box): Point {
  const left = a[0] <= b[0] ? a : b;
  const right = left === a ? b : a;
  return { x: (left[0] + left[2] + right[0]) / 2, y: Math.min(a[1], b[1]) + TITLE };
}

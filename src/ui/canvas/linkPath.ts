import { HOST_PADDING } from './layout';

/** Gap between neighbouring lanes, in flow units. */
const LANE = 3;

/**
 * An overlay link's path from a card's right side to its network above the hosts, routed around cards and
 * under nothing: right into the host's padding gutter (a lane per network), straight up the gutter past the
 * cards above, then across the band between the hosts and the network row, and up into the network.
 * (sx, sy): the card's right-side handle; (tx, ty): the network's bottom handle.
 * @example linkPath(286, 140, 105, -86, 1)
 */
export function linkPath(sx: number, sy: number, tx: number, ty: number, lane: number): string {
  const gutter = sx + HOST_PADDING / 2 - LANE + (lane % 3) * LANE;
  const band = ty + 18 + (lane % 6) * 6;
  if (sy <= band) return `M ${sx} ${sy} L ${tx} ${ty}`;
  const r = Math.min(4, gutter - sx - 1);
  const across = tx >= gutter ? 1 : -1;
  return [
    `M ${sx} ${sy}`,
    `L ${gutter - r} ${sy}`,
    `Q ${gutter} ${sy} ${gutter} ${sy - r}`,
    `L ${gutter} ${band + r}`,
    `Q ${gutter} ${band} ${gutter + across * r} ${band}`,
    `L ${tx - across * r} ${band}`,
    `Q ${tx} ${band} ${tx} ${band - r}`,
    `L ${tx} ${ty}`,
  ].join(' ');
}

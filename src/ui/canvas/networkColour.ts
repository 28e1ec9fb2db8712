import type { Network } from '../../sim/world';

/** Distinct hues readable on light and dark backgrounds (ingress, VNI 4096, takes the first). */
export const OVERLAY_PALETTE = ['#0f8b8d', '#d9480f', '#7048e8', '#2f9e44', '#c2255c', '#1971c2', '#e67700', '#5c940d'] as const;
export const LOCAL_COLOUR = '#868e96';

/** A network's colour: overlays by VNI (so colours never move when networks come and go), local networks grey. */
export function networkColour(n: Network): string {
  if (n.driver !== 'overlay' || n.vni === null) return LOCAL_COLOUR;
  const i = (((n.vni - 4096) % OVERLAY_PALETTE.length) + OVERLAY_PALETTE.length) % OVERLAY_PALETTE.length;
  return OVERLAY_PALETTE[i] as string;
}

import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { selectPathSoFar } from '../stepper/pathSoFar';
import { usePlayground } from '../../store/usePlayground';
import { markerElement } from './PacketMarkerPlace';
import './PacketMarker.css';

/** The element drawn for a place, and its box in flow coordinates: id, x, y, width, height. */
type Placed = readonly [string, number, number, number, number];

const samePlaced = (a: readonly Placed[], b: readonly Placed[]) =>
  a.length === b.length && a.every((x, i) => { const y = b[i]; return y !== undefined && x.every((v, j) => v === y[j]); });

/** Where the marker sits on an element: centred across, near the top (a node's header, a member's title). */
const anchor = ([, x, y, w, h]: Placed) => [x + w / 2, y + Math.min(h / 2, 22)] as const;

/**
 * The stepper's packet on the map: outlines on the elements its packet has visited so far, a line
 * through them, and a dot at the current one that glides from hop to hop. Drawn over the nodes in
 * the viewport (nodes are never touched, so nothing is laid out again).
 */
export function PacketMarker() {
  const path = usePlayground(selectPathSoFar);
  const ids = useMemo(() => (path === '' ? [] : path.split(' ')), [path]);
  const selectPlaced = useCallback(
    (s: ReactFlowState) =>
      ids.flatMap((id): Placed[] => {
        const shown = markerElement(id, (x) => s.nodeLookup.has(x));
        const n = shown === null ? undefined : s.nodeLookup.get(shown);
        if (!shown || !n) return [];
        const { x, y } = n.internals.positionAbsolute;
        return [[shown, x, y, n.measured.width ?? n.width ?? 0, n.measured.height ?? n.height ?? 0]];
      }),
    [ids],
  );
  const placed = useStore(selectPlaced, samePlaced);
  const here = placed[placed.length - 1];
  if (!here) return null;
  const visited = [...new Map(placed.map((p) => [p[0], p])).values()];
  const [cx, cy] = anchor(here);
  return (
    <ViewportPortal>
      <div className="packet-overlay" aria-hidden="true">
        {visited.map(([id, x, y, w, h]) => (
          <div key={id} className="packet-visited" data-visited={id} style={{ left: x, top: y, width: w, height: h }} />
        ))}
        <svg className="packet-trail" width="1" height="1">
          <polyline points={placed.map((p) => anchor(p).join(',')).join(' ')} />
        </svg>
        <div className="packet-marker" data-testid="packet-marker" data-at={here[0]} style={{ transform: `translate(${cx}px, ${cy}px)` }} />
      </div>
    </ViewportPortal>
  );
}

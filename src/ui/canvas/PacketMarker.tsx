import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { selectPathSoFar } from '../stepper/pathSoFar';
import { usePlayground } from '../../store/usePlayground';
import './PacketMarker.css';

/** An element's box in flow coordinates: x, y, width, height. */
type Box = readonly [number, number, number, number];

const sameBoxes = (a: readonly (Box | null)[], b: readonly (Box | null)[]) =>
  a.length === b.length && a.every((x, i) => { const y = b[i]; return x === y || (x !== null && y != null && x.every((v, j) => v === y[j])); });

/** Where the marker sits on an element: centred across, near the top (a node's header, a member's title). */
const anchor = ([x, y, w, h]: Box) => [x + w / 2, y + Math.min(h / 2, 22)] as const;

/**
 * The stepper's packet on the map: outlines on the elements its packet has visited so far, a line
 * through them, and a dot at the current one that glides from hop to hop. Drawn over the nodes in
 * the viewport (nodes are never touched, so nothing is laid out again).
 */
export function PacketMarker() {
  const path = usePlayground(selectPathSoFar);
  const ids = useMemo(() => (path === '' ? [] : path.split(' ')), [path]);
  const selectBoxes = useCallback(
    (s: ReactFlowState) =>
      ids.map((id): Box | null => {
        const n = s.nodeLookup.get(id);
        if (!n) return null;
        const { x, y } = n.internals.positionAbsolute;
        return [x, y, n.measured.width ?? n.width ?? 0, n.measured.height ?? n.height ?? 0];
      }),
    [ids],
  );
  const boxes = useStore(selectBoxes, sameBoxes);
  const placed = boxes.flatMap((b, i) => (b ? [{ id: ids[i] ?? '', box: b }] : []));
  const here = placed[placed.length - 1];
  if (!here) return null;
  const points = placed.map((p) => anchor(p.box).join(',')).join(' ');
  const [cx, cy] = anchor(here.box);
  return (
    <ViewportPortal>
      <div className="packet-overlay" aria-hidden="true">
        {[...new Set(placed.map((p) => p.id))].map((id) => {
          const [x, y, w, h] = placed.find((p) => p.id === id)?.box ?? [0, 0, 0, 0];
          return <div key={id} className="packet-visited" data-visited={id} style={{ left: x, top: y, width: w, height: h }} />;
        })}
        <svg className="packet-trail" width="1" height="1">
          <polyline points={points} />
        </svg>
        <div className="packet-marker" data-testid="packet-marker" data-at={here.id} style={{ transform: `translate(${cx}px, ${cy}px)` }} />
      </div>
    </ViewportPortal>
  );
}

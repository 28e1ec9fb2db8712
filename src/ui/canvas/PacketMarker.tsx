import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectPathSoFar } from '../stepper/pathSoFar';
import { usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import { selectMarkerHop } from './markerHop';
import { arcPath, markerSpot, type Box, type Point } from './markerSpot';
import { markerElement } from './PacketMarkerPlace';
import { useFollowCamera } from './useFollowCamera';
import './PacketMarker.css';

/** The element drawn for a place, and its box in flow coordinates: id, x, y, width, height. */
type Placed = readonly [string, number, number, number, number];

const samePlaced = (a: readonly (Placed | null)[], b: readonly (Placed | null)[]) =>
  a.length === b.length && a.every((x, i) => { const y = b[i]; return x === y || (!!x && !!y && x.every((v, j) => v === y[j])); });

function placedOf(s: ReactFlowState, id: string): Placed | null {
  const shown = id === '' ? null : markerElement(id, (x) => s.nodeLookup.has(x));
  const n = shown === null ? undefined : s.nodeLookup.get(shown);
  if (!shown || !n) return null;
  const { x, y } = n.internals.positionAbsolute;
  return [shown, x, y, n.measured.width ?? n.width ?? 0, n.measured.height ?? n.height ?? 0];
}

/**
 * The stepper's packet on the map: outlines on the elements its packet has visited so far and a dot that glides from hop to hop: wrapped in a VXLAN envelope (VNI and outer
 * addresses) from encapsulation to decapsulation, half-way along the tunnel (drawn bold) while it
 * crosses the underlay. Drawn over the nodes in the viewport (nodes are never touched).
 */
export function PacketMarker({ followedRef }: { readonly followedRef: RefObject<Point | null> }) {
  const t = useT();
  const path = usePlayground(selectPathSoFar);
  const hop = usePlayground(useShallow(selectMarkerHop));
  const ids = useMemo(() => (path === '' ? [] : path.split(' ')), [path]);
  const at = hop?.at ?? '';
  const towards = hop?.towards ?? '';
  // Aligned with [...ids, at, towards]: null where nothing is drawn.
  const selectPlaced = useCallback((s: ReactFlowState) => [...ids, at, towards].map((id) => placedOf(s, id)), [ids, at, towards]);
  const placed = useStore(selectPlaced, samePlaced);
  const here = placed[ids.length] ?? null;
  const there = placed[ids.length + 1] ?? null;
  const boxOf = (p: Placed | null): Box | undefined => (p ? [p[1], p[2], p[3], p[4]] : undefined);
  const shown = (id: string) => (id === at ? boxOf(here) : id === towards ? boxOf(there) : undefined);
  const spot = hop ? markerSpot(hop, shown) : null;
  useFollowCamera(spot, followedRef);
  const trail = placed.slice(0, ids.length).filter((p): p is Placed => p !== null);
  if (!hop || !spot) return null;
  const visited = [...new Map(trail.map((p) => [p[0], p])).values()];
  const from = boxOf(here);
  const to = boxOf(there);
  const tunnel = from && to && here?.[0].startsWith('host:') && there?.[0].startsWith('host:') ? arcPath(from, to) : null;
  return (
    <ViewportPortal>
      <div className="packet-overlay" aria-hidden="true">
        {visited.map(([id, x, y, w, h]) => (
          <div key={id} className="packet-visited" data-visited={id} style={{ left: x, top: y, width: w, height: h }} />
        ))}
        <svg className="packet-trail" width="1" height="1">
          {tunnel && <path className="packet-tunnel" data-testid="tunnel-in-use" d={tunnel} />}
        </svg>
        <div
          className={`packet-marker packet-${hop.wrap}`}
          data-testid="packet-marker"
          data-at={hop.at}
          data-wrap={hop.wrap}
          style={{ transform: `translate(${spot.x}px, ${spot.y}px)` }}
        >
          {hop.wrap !== 'bare' && (
            <span className="packet-envelope" data-testid="packet-envelope">
              {t('marker.envelope', { vni: hop.vni, src: hop.outerSrc, dst: hop.outerDst })}
            </span>
          )}
        </div>
      </div>
    </ViewportPortal>
  );
}


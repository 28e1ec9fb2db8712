import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { selectFollow } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import type { Point } from './markerSpot';
import { outsideView } from './viewFit';

/** Pans (never zooms) so the packet stays in view while stepping, when following is on. */
export function useFollowCamera(spot: Point | null) {
  const follow = usePlayground(selectFollow);
  const { getViewport, setCenter } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const x = spot?.x;
  const y = spot?.y;
  useEffect(() => {
    if (!follow || x === undefined || y === undefined) return;
    const vp = getViewport();
    if (!outsideView({ x, y }, vp, width, height)) return;
    void setCenter(x, y, { zoom: vp.zoom, duration: 300 });
  }, [follow, x, y, width, height, getViewport, setCenter]);
}

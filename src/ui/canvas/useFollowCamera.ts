import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, type RefObject } from 'react';
import { selectFollow } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { afterNextFrame } from '../afterNextFrame';
import type { Point } from './markerSpot';
import { centredOn, outsideView } from './viewFit';

/** How long the camera glides to the packet, ms (camera.css's transition). */
const GLIDE_MS = 300;

/**
 * Pans (never zooms) so the packet stays in view while stepping, when following is on. The map's state moves
 * once, to where the pan ends; the glide there is a CSS transition of the viewport's transform, which the
 * compositor plays without asking React Flow to recompute every node and edge on each frame of it.
 */
export function useFollowCamera(spot: Point | null, followedRef: RefObject<Point | null>) {
  const follow = usePlayground(selectFollow);
  const { setViewport } = useReactFlow();
  const flow = useStoreApi();
  const pane = useStore((s) => s.domNode);
  const x = spot?.x;
  const y = spot?.y;
  // What a re-fit of the map keeps in view (FitOnChange): set before any effect of this commit runs.
  useLayoutEffect(() => {
    followedRef.current = follow && x !== undefined && y !== undefined ? { x, y } : null;
  }, [follow, x, y, followedRef]);
  useEffect(() => {
    if (!follow || x === undefined || y === undefined) return;
    const viewport = pane?.querySelector<HTMLElement>('.react-flow__viewport');
    // After the frame that shows the step: the stepper and the marker answer the key first, and the pan (which
    // has React Flow recompute every node and edge once) starts on the frame after. The view is read then, so
    // a re-fit made in between (a resize, a new element) is what the packet is checked against.
    let settled = 0;
    const cancel = afterNextFrame(() => {
      const { width, height, transform: [vx, vy, zoom] } = flow.getState();
      if (!outsideView({ x, y }, { x: vx, y: vy, zoom }, width, height)) return;
      viewport?.classList.add('camera-glide');
      void setViewport(centredOn({ x, y }, zoom, width, height));
      settled = window.setTimeout(() => viewport?.classList.remove('camera-glide'), GLIDE_MS);
    });
    return () => {
      cancel();
      window.clearTimeout(settled);
    };
  }, [follow, x, y, pane, flow, setViewport]);
}

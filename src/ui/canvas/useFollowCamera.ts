import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { selectFollow } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { afterNextFrame } from '../afterNextFrame';
import type { Point } from './markerSpot';
import { outsideView } from './viewFit';

/** How long the camera glides to the packet, ms (camera.css's transition). */
const GLIDE_MS = 300;

/**
 * Pans (never zooms) so the packet stays in view while stepping, when following is on. The map's state moves
 * once, to where the pan ends; the glide there is a CSS transition of the viewport's transform, which the
 * compositor plays without asking React Flow to recompute every node and edge on each frame of it.
 */
export function useFollowCamera(spot: Point | null) {
  const follow = usePlayground(selectFollow);
  const { getViewport, setCenter } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const pane = useStore((s) => s.domNode);
  const x = spot?.x;
  const y = spot?.y;
  useEffect(() => {
    if (!follow || x === undefined || y === undefined) return;
    const vp = getViewport();
    if (!outsideView({ x, y }, vp, width, height)) return;
    const viewport = pane?.querySelector<HTMLElement>('.react-flow__viewport');
    // After the frame that shows the step: the stepper and the marker answer the key first, and the pan (which
    // has React Flow recompute every node and edge once) starts on the frame after.
    let settled = 0;
    const cancel = afterNextFrame(() => {
      viewport?.classList.add('camera-glide');
      void setCenter(x, y, { zoom: vp.zoom });
      settled = window.setTimeout(() => viewport?.classList.remove('camera-glide'), GLIDE_MS);
    });
    return () => {
      cancel();
      window.clearTimeout(settled);
    };
  }, [follow, x, y, width, height, pane, getViewport, setCenter]);
}

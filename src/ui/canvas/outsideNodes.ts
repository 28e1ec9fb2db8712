import { LAPTOP } from '../../sim/traffic/places';
import type { OutsideNode } from './flowTypes';
import { elementId } from './ids';
import { HOST_GAP, OUTSIDE_HEIGHT, OUTSIDE_WIDTH, OUTSIDE_X } from './layout';

/** The laptop on the host-only network (where a curl to a published port starts) and, below it, the internet. */
export function outsideNodes(): OutsideNode[] {
  return [
    {
      id: elementId({ kind: 'laptop' }), type: 'outside', position: { x: OUTSIDE_X, y: 0 }, width: OUTSIDE_WIDTH, height: OUTSIDE_HEIGHT,
      draggable: false, data: { kind: 'laptop', address: `${LAPTOP.ip}/24` },
    },
    {
      id: elementId({ kind: 'internet' }), type: 'outside', position: { x: OUTSIDE_X, y: OUTSIDE_HEIGHT + HOST_GAP }, width: OUTSIDE_WIDTH,
      height: OUTSIDE_HEIGHT, draggable: false, data: { kind: 'internet', address: '' },
    },
  ];
}

import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../useT';
import type { OverlayNsNode as OverlayNsNodeType } from './flowTypes';

/** A machine's namespace for one overlay: br0 and vxlan0 in the overlay lens, the VTEP in the underlay lens. */
export const OverlayNsNode = memo(function OverlayNsNode({ data }: NodeProps<OverlayNsNodeType>) {
  const t = useT();
  return (
    <div className={`overlay-ns overlay-ns-${data.lens}`} style={{ borderLeftColor: data.colour }} data-testid={`ns-${data.machine}-${data.network}`}>
      <span className="overlay-ns-net">{data.network}</span>
      <span className="overlay-ns-devs">{data.lens === 'overlay' ? t('canvas.nsBridge') : t('canvas.vtepLabel')}</span>
      <span className="overlay-ns-vni">VNI {data.vni ?? t('network.none')}</span>
    </div>
  );
});

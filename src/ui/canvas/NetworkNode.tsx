import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../useT';
import type { NetworkNode as NetworkNodeType, UnderlayNode as UnderlayNodeType } from './flowTypes';

/** An overlay network, in its colour, with subnet and VNI. */
export const NetworkNode = memo(function NetworkNode({ data }: NodeProps<NetworkNodeType>) {
  const t = useT();
  return (
    <div className="network" style={{ borderColor: data.colour }} data-testid={`network-${data.name}`}>
      <Handle type="target" position={Position.Bottom} isConnectable={false} />
      <div className="network-title">
        <span className="dot" style={{ background: data.colour }} aria-hidden="true" />
        {data.name}
      </div>
      <div className="network-meta">{data.subnet ?? t('network.unallocated')}</div>
      <div className="network-meta">VNI {data.vni ?? t('network.none')}</div>
    </div>
  );
});

/** The LAN the machines share (the underlay VXLAN rides on). */
export const UnderlayNode = memo(function UnderlayNode({ data }: NodeProps<UnderlayNodeType>) {
  const t = useT();
  return (
    <div className="network underlay" data-testid="underlay">
      <Handle type="target" position={Position.Bottom} isConnectable={false} />
      <div className="network-title">{t('kind.underlay')}</div>
      <div className="network-meta">{data.subnet}</div>
    </div>
  );
});

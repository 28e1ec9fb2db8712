import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../useT';
import type { HostNode as HostNodeType } from './flowTypes';

/** A swarm node (a docker-machine VM): a group holding its containers and sandboxes. */
export const HostNode = memo(function HostNode({ data }: NodeProps<HostNodeType>) {
  const t = useT();
  const role = data.role === null ? t('role.none') : data.leader ? `${t('role.manager')} · ${t('role.leader')}` : t(`role.${data.role}`);
  return (
    <div className={`host host-${data.status}`} data-testid={`host-${data.machine}`}>
      <Handle type="source" position={Position.Top} isConnectable={false} />
      <Handle id="tunnel-out" type="source" position={Position.Bottom} isConnectable={false} />
      <Handle id="tunnel-in" type="target" position={Position.Bottom} isConnectable={false} />
      <div className="host-title">{data.machine}</div>
      <div className="host-meta">
        <span className="badge">{role}</span>
        <span className={`badge status-${data.status}`}>{t(`status.${data.status}`)}</span>
        {data.availability && <span className="badge">{t(`availability.${data.availability}`)}</span>}
      </div>
      <div className="host-address">{data.address}</div>
      {data.gwbridge && <div className="host-address host-gwbridge">{t('canvas.gwbridge', { address: data.gwbridge })}</div>}
    </div>
  );
});

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../useT';
import type { MemberNode as MemberNodeType } from './flowTypes';
import './fullNames.css';

const kindKey = { task: 'kind.task', container: 'kind.container', lb: 'kind.lb', sbox: 'kind.sbox' } as const;

/** A container, an LB sandbox or the ingress sandbox, with one line per address. */
export const MemberNode = memo(function MemberNode({ data }: NodeProps<MemberNodeType>) {
  const t = useT();
  return (
    <div className={`member member-${data.kind}${data.running ? '' : ' member-exited'}`} data-testid={`member-${data.name}`}>
      <Handle type="source" position={Position.Top} isConnectable={false} />
      <Handle id="link" type="source" position={Position.Right} isConnectable={false} />
      <div className="member-title">
        <span className="member-name" title={data.name}>{data.name}</span>
        <span className="member-kind" title={data.image ?? undefined}>{data.image ?? t(kindKey[data.kind])}</span>
      </div>
      <ul className="chips">
        {data.addresses.map((a) => (
          <li key={`${a.network}-${a.ip}`}>
            <span className="dot" style={{ background: a.colour }} aria-hidden="true" />
            <span className="chip-ip">{a.ip}</span> <span className="chip-net">{a.network}</span>
          </li>
        ))}
      </ul>
    </div>
  );
});

import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../useT';
import type { OutsideNode as OutsideNodeType } from './flowTypes';

/** The laptop or the internet: a card with its name and address, so a trace is visible from its first hop. */
export const OutsideNode = memo(function OutsideNode({ data }: NodeProps<OutsideNodeType>) {
  const t = useT();
  return (
    <div className={`outside outside-${data.kind}`} data-testid={`outside-${data.kind}`}>
      <div className="host-title">{t(data.kind === 'laptop' ? 'outside.laptop' : 'outside.internet')}</div>
      <div className={data.address === '' ? 'host-meta' : 'host-address'}>{data.address === '' ? t('outside.internetNote') : data.address}</div>
    </div>
  );
});

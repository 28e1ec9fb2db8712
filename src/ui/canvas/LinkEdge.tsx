import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge } from './flowTypes';
import { linkPath } from './linkPath';

/** An address on an overlay: from its card, up the host's gutter, to the network (see linkPath). */
export const LinkEdge = memo(function LinkEdge({ id, sourceX, sourceY, targetX, targetY, style, data }: EdgeProps<FlowEdge>) {
  return <BaseEdge id={id} path={linkPath(sourceX, sourceY, targetX, targetY, data?.lane ?? 0)} style={style} />;
});

import type { EdgeTypes } from '@xyflow/react';
import { TunnelEdge } from './TunnelEdge';

/** Custom edge components, defined once at module level. */
export const edgeTypes = { tunnel: TunnelEdge } satisfies EdgeTypes;

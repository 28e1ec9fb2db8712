import type { EdgeTypes } from '@xyflow/react';
import { LinkEdge } from './LinkEdge';
import { TunnelEdge } from './TunnelEdge';

/** Custom edge components, defined once at module level. */
export const edgeTypes = { tunnel: TunnelEdge, link: LinkEdge } satisfies EdgeTypes;

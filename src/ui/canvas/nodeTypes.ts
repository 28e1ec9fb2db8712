import type { NodeTypes } from '@xyflow/react';
import { HostNode } from './HostNode';
import { MemberNode } from './MemberNode';
import { NetworkNode, UnderlayNode } from './NetworkNode';
import { OutsideNode } from './OutsideNode';
import { OverlayNsNode } from './OverlayNsNode';

/** Custom node components, defined once at module level so React Flow never remounts them. */
export const nodeTypes = { host: HostNode, member: MemberNode, network: NetworkNode, underlay: UnderlayNode, overlayNs: OverlayNsNode, outside: OutsideNode } satisfies NodeTypes;

import type { Scenario } from '../../scenario/format';
import type { FlowNode } from './flowTypes';

/** Canvas positions by element id (flow units), as a scenario's `layout` keeps them. */
export type Layout = NonNullable<Scenario['layout']>;

/** The nodes with the user's positions: only top-level nodes move (children stay laid out inside their host). */
export function applyLayout(nodes: readonly FlowNode[], layout: Layout): FlowNode[] {
  return nodes.map((n) => {
    const at = n.parentId === undefined ? layout[n.id] : undefined;
    return at ? ({ ...n, position: { x: at.x, y: at.y } } as FlowNode) : n;
  });
}

/** Whether a node can be dragged (hosts and the network row; the rest follows its host). */
export const isDraggable = (n: FlowNode) => n.parentId === undefined;

import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge } from './flowTypes';

/** Depth of a tunnel's arc below the hosts, in flow units: wider spans dip deeper so labels never overlap. */
export const arcDepth = (dx: number) => 30 + Math.abs(dx) * 0.05;

/** A VXLAN tunnel between two hosts: an arc under both, labelled at its lowest point. */
export const TunnelEdge = memo(function TunnelEdge({ id, sourceX, sourceY, targetX, targetY, label, style }: EdgeProps<FlowEdge>) {
  const depth = arcDepth(targetX - sourceX);
  const low = Math.max(sourceY, targetY) + depth;
  const path = `M ${sourceX} ${sourceY} C ${sourceX} ${low}, ${targetX} ${low}, ${targetX} ${targetY}`;
  // A cubic with both control points at `low` reaches 3/4 of the way down at its middle.
  const labelY = (sourceY + targetY) / 8 + (low * 3) / 4;
  return <BaseEdge id={id} path={path} label={label} labelX={(sourceX + targetX) / 2} labelY={labelY} labelBgPadding={[4, 2]} labelBgBorderRadius={4} style={style} />;
});

import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type AriaLabelConfig, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectActions, selectLens, selectSelected, selectWorld } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import { ariaLabel } from './ariaLabel';
import type { FlowNode } from './flowTypes';
import { nodeTypes } from './nodeTypes';
import { selectHopElement } from '../stepper/selectHopElement';
import { toFlow } from './toFlow';

const minimapColour = (n: Node) => (n.type === 'network' ? String((n.data as { colour?: string }).colour ?? '#888') : n.type === 'host' ? '#adb5bd' : '#ced4da');

/** Fits the view again whenever elements appear or go, so new things are never off screen. */
function FitOnChange({ count }: { readonly count: number }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    void fitView({ padding: 0.1, duration: 200 });
  }, [count, fitView]);
  return null;
}

/** The cluster map: the world projected by toFlow. */
export default function Canvas() {
  const world = usePlayground(selectWorld);
  const lens = usePlayground(selectLens);
  const selected = usePlayground(selectSelected);
  const { select } = usePlayground(useShallow(selectActions));
  const t = useT();
  const hopHere = usePlayground(selectHopElement);
  const flow = useMemo(() => toFlow(world, lens), [world, lens]);
  const nodes = useMemo<FlowNode[]>(
    () => flow.nodes.map((n) => ({ ...n, selected: n.id === selected, ariaLabel: ariaLabel(n, t), ...(n.id === hopHere ? { className: 'hop-here' } : {}) }) as FlowNode),
    [flow, selected, t, hopHere],
  );
  const labels = useMemo<Partial<AriaLabelConfig>>(() => ({
    'node.a11yDescription.default': t('flow.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('flow.nodeHelp'),
    'edge.a11yDescription.default': t('flow.edgeHelp'),
    'controls.ariaLabel': t('flow.controls'),
    'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
    'controls.fitView.ariaLabel': t('flow.fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('flow.minimap'),
  }), [t]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={flow.edges}
      nodeTypes={nodeTypes}
      onNodeClick={(_, n) => select(n.id)}
      onNodesChange={(changes) => {
        // Keyboard selection (Enter/Space on a focused node) arrives as a select change.
        const picked = changes.find((c) => c.type === 'select' && c.selected);
        if (picked && picked.type === 'select') select(picked.id);
      }}
      onPaneClick={() => select(null)}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      fitView
      fitViewOptions={{ padding: 0.1 }}
      minZoom={0.15}
      colorMode="system"
      ariaLabelConfig={labels}
    >
      <FitOnChange count={nodes.length} />
      <Background />
      <MiniMap position="top-right" pannable zoomable nodeColor={minimapColour} style={{ width: 150, height: 96 }} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

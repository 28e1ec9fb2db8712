import { Background, ReactFlow, ReactFlowProvider, useReactFlow, useStore, type AriaLabelConfig } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectActions, selectLens, selectSelected, selectTextPx, selectWorld } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import type { Playground } from '../../store/playground';
import { selectLayout, selectMoveNode } from '../../store/worldSlice';
import { TopologyTable } from '../table/TopologyTable';
import { useT } from '../useT';
import { applyLayout } from './applyLayout';
import { ariaLabel } from './ariaLabel';
import './camera.css';
import './canvas.css';
import type { FlowNode } from './flowTypes';
import { edgeTypes } from './edgeTypes';
import { nodeTypes } from './nodeTypes';
import { Legend } from './Legend';
import { MapToolbar } from './MapToolbar';
import { PacketMarker } from './PacketMarker';
import { toFlow } from './toFlow';
import type { Point } from './markerSpot';
import { fitKeepingInView, fitViewport } from './viewFit';

/**
 * Fits the view again whenever elements appear or go, the canvas changes size (splitter, window, panel)
 * or the text size changes, never below the zoom that keeps the map's text legible (the map pans instead),
 * and keeping the packet being followed (`followedRef`, set by the packet marker) in view.
 */
function FitOnChange({ count, followedRef }: { readonly count: number; readonly followedRef: RefObject<Point | null> }) {
  const { getNodes, getNodesBounds, setViewport } = useReactFlow();
  const textPx = usePlayground(selectTextPx);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    const nodes = getNodes();
    if (width === 0 || height === 0 || nodes.length === 0) return;
    void setViewport(fitKeepingInView(fitViewport(getNodesBounds(nodes), width, height, textPx), followedRef.current, width, height), { duration: 200 });
  }, [count, width, height, textPx, followedRef, getNodes, getNodesBounds, setViewport]);
  return null;
}

/** The theme an embed forced on the page, if any. */
const forcedTheme = () => { const v = document.documentElement.dataset.theme; return v === 'dark' || v === 'light' ? v : null; };
const selectView = (s: Playground) => s.view;
const selectSetView = (s: Playground) => s.setView;
/** A drag is one Undo step: the state before it is kept when it starts. */
const selectRemember = (s: Playground) => s.remember;

/** The canvas area: a toolbar above (never over) the cluster map or, switched with Map / Table, the same topology as tables. */
export default function Canvas() {
  const view = usePlayground(selectView);
  const setView = usePlayground(selectSetView);
  const [legend, setLegend] = useState(false);
  return (
    <ReactFlowProvider>
      <div className="canvas-view">
        <MapToolbar view={view} onView={setView} legend={legend} onLegend={setLegend} />
        {legend && view === 'map' && <Legend />}
        <div className="canvas-view-body">{view === 'map' ? <ClusterMap /> : <TopologyTable />}</div>
      </div>
    </ReactFlowProvider>
  );
}

/** The cluster map: the world projected by toFlow, with the positions the user dropped nodes at. */
function ClusterMap() {
  const world = usePlayground(selectWorld);
  const lens = usePlayground(selectLens);
  const selected = usePlayground(selectSelected);
  const { select } = usePlayground(useShallow(selectActions));
  const layout = usePlayground(selectLayout);
  const moveNode = usePlayground(selectMoveNode);
  const remember = usePlayground(selectRemember);
  const t = useT();
  const followedRef = useRef<Point | null>(null);
  const flow = useMemo(() => toFlow(world, lens), [world, lens]);
  const placed = useMemo(() => applyLayout(flow.nodes, layout), [flow, layout]);
  const labelled = useMemo<FlowNode[]>(() => placed.map((n) => ({ ...n, ariaLabel: ariaLabel(n, t) }) as FlowNode), [placed, t]);
  // Only the selected node gets a new object; the packet's place is drawn by PacketMarker above the nodes.
  const nodes = useMemo<FlowNode[]>(
    () => labelled.map((n) => (n.id !== selected ? n : ({ ...n, selected: true } as FlowNode))),
    [labelled, selected],
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
      edgeTypes={edgeTypes}
      onNodeClick={(_, n) => select(n.id)}
      onNodeDragStart={remember}
      onNodesChange={(changes) => {
        // Keyboard selection (Enter/Space on a focused node) arrives as a select change.
        const picked = changes.find((c) => c.type === 'select' && c.selected);
        if (picked && picked.type === 'select') select(picked.id);
        // Mouse drags arrive as position changes with dragging set; the store keeps them as the scenario's layout.
        // Arrow-key moves (dragging unset) are ignored: arrow keys belong to the stepper.
        for (const c of changes) if (c.type === 'position' && c.dragging && c.position) moveNode(c.id, c.position);
      }}
      onPaneClick={() => select(null)}
      nodesDraggable
      nodesConnectable={false}
      edgesFocusable={false}
      minZoom={0.15}
      maxZoom={4}
      colorMode={forcedTheme() ?? 'system'}
      ariaLabelConfig={labels}
    >
      <FitOnChange count={nodes.length} followedRef={followedRef} />
      <Background />
      <PacketMarker followedRef={followedRef} />
    </ReactFlow>
  );
}

import { useReactFlow, useStore } from '@xyflow/react';
import { selectFollow, selectTextPx } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { ViewSwitch, type CanvasView } from '../table/ViewSwitch';
import { useT } from '../useT';
import './map.css';
import { fitViewport } from './viewFit';

interface Props {
  readonly view: CanvasView;
  readonly onView: (view: CanvasView) => void;
  readonly legend: boolean;
  readonly onLegend: (open: boolean) => void;
}

/** The map's controls in a bar of their own above the map, so no control ever covers what the map shows. */
export function MapToolbar({ view, onView, legend, onLegend }: Props) {
  const t = useT();
  const follow = usePlayground(selectFollow);
  const setFollow = usePlayground((s) => s.setFollow);
  const textPx = usePlayground(selectTextPx);
  const { zoomIn, zoomOut, getNodes, getNodesBounds, setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  return (
    <div className="map-toolbar" data-testid="map-toolbar">
      <ViewSwitch view={view} onChange={onView} />
      {view === 'map' && (
        <>
          <div className="map-zoom" role="group" aria-label={t('flow.controls')}>
            <button type="button" aria-label={t('flow.zoomOut')} title={t('flow.zoomOut')} onClick={() => void zoomOut({ duration: 150 })}>−</button>
            <button type="button" aria-label={t('flow.zoomIn')} title={t('flow.zoomIn')} onClick={() => void zoomIn({ duration: 150 })}>+</button>
            <button type="button" aria-label={t('flow.fitView')} title={t('flow.fitView')} onClick={() => void setViewport(fitViewport(getNodesBounds(getNodes()), width, height, textPx), { duration: 200 })}>⤢</button>
          </div>
          <label className="map-follow">
            <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} data-testid="follow-packet" />
            {t('camera.follow')}
          </label>
          <button type="button" aria-expanded={legend} data-testid="legend-toggle" onClick={() => onLegend(!legend)}>
            {t('legend.title')}
          </button>
        </>
      )}
    </div>
  );
}

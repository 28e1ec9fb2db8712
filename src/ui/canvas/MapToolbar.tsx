import { useReactFlow } from '@xyflow/react';
import { selectFollow } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import type { CanvasView } from '../../store/prefsSlice';
import { ViewSwitch } from '../table/ViewSwitch';
import { useT } from '../useT';
import './map.css';

/** The whole cluster at once, however small (asked for, never automatic: automatic fits keep text legible). */
const OVERVIEW = { padding: 0.04, duration: 200 } as const;

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
  const { zoomIn, zoomOut, fitView } = useReactFlow();
  return (
    <div className="map-toolbar" data-testid="map-toolbar">
      <ViewSwitch view={view} onChange={onView} />
      {view === 'map' && (
        <>
          <div className="map-zoom" role="group" aria-label={t('flow.controls')}>
            <button type="button" aria-label={t('flow.zoomOut')} title={t('flow.zoomOut')} onClick={() => void zoomOut({ duration: 150 })}>−</button>
            <button type="button" aria-label={t('flow.zoomIn')} title={t('flow.zoomIn')} onClick={() => void zoomIn({ duration: 150 })}>+</button>
            <button type="button" aria-label={t('flow.fitView')} title={t('flow.fitView')} data-testid="fit-all" onClick={() => void fitView(OVERVIEW)}>⤢</button>
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

import { useT } from '../useT';

/** What the map's colours, dashes and markers mean: a strip between the toolbar and the map. */
export function Legend() {
  const t = useT();
  return (
    <ul className="map-legend" data-testid="legend" aria-label={t('legend.title')}>
      <li><span className="legend-swatch legend-network" aria-hidden="true" />{t('legend.network')}</li>
      <li><span className="legend-swatch legend-underlay" aria-hidden="true" />{t('legend.underlay')}</li>
      <li><span className="legend-swatch legend-tunnel" aria-hidden="true" />{t('legend.tunnel')}</li>
      <li><span className="legend-swatch legend-visited" aria-hidden="true" />{t('legend.visited')}</li>
      <li><span className="legend-swatch legend-marker" aria-hidden="true" />{t('legend.marker')}</li>
      <li><span className="legend-swatch legend-envelope" aria-hidden="true"><span /></span>{t('legend.envelope')}</li>
    </ul>
  );
}

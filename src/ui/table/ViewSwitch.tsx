import { useT } from '../useT';

import type { CanvasView } from '../../store/prefsSlice';

/** Map / Table: two toggle buttons at the top left of the canvas area. */
export function ViewSwitch({ view, onChange }: { readonly view: CanvasView; readonly onChange: (view: CanvasView) => void }) {
  const t = useT();
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')} data-testid="view-switch">
      {(['map', 'table'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => onChange(v)} data-testid={`view-${v}`}>
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  );
}

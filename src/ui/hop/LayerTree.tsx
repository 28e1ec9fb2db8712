import { memo, useRef, type KeyboardEvent } from 'react';
import { useT } from '../useT';
import type { FieldView, LayerView } from './hopLayers';
import { layerSummary } from './layerSummary';

interface Props {
  readonly layers: readonly LayerView[];
  /** The field whose bytes are highlighted (hovered or focused, here or in the hex view). */
  readonly active: string | null;
  readonly onActive: (field: FieldView | null) => void;
}

/** The decoded layers as collapsible groups; Up and Down move between fields, each announcing its value and change. */
export const LayerTree = memo(function LayerTree({ layers, active, onActive }: Props) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...(root.current?.querySelectorAll<HTMLElement>('details[open] [data-field]') ?? [])];
    const here = items.indexOf(document.activeElement as HTMLElement);
    if (here < 0) return;
    e.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, here + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };
  const outer = Math.max(0, ...layers.map((l) => l.depth));
  return (
    <div className="layers" ref={root} onKeyDown={move} data-testid="layer-tree">
      {layers.map((l) => (
        <details key={l.id} open className={`layer${l.added ? ' added' : ''}`} style={{ marginLeft: `${(outer - l.depth) * 12}px` }} data-testid={`layer-${l.id}`}>
          <summary aria-label={l.added ? t('headers.layerAdded', { name: `${t('headers.outer')} ${l.name} ${layerSummary(l)}` }) : undefined}>
            {outer > 0 && <span className="layer-level">{t(l.depth > 0 ? 'headers.outer' : 'headers.inner')}</span>}
            <strong>{l.name}</strong> <span className="layer-gist">{layerSummary(l)}</span>
            {l.added && <span className="badge added-badge">{t('headers.added')}</span>}
          </summary>
          <ul>
            {l.fields.map((f) => (
              <li
                key={f.id}
                data-field={f.id}
                tabIndex={0}
                className={`${f.was !== undefined ? 'changed' : ''}${active === f.id ? ' active' : ''}`.trim() || undefined}
                aria-label={f.was !== undefined ? t('headers.fieldChanged', { name: f.name, value: f.display, was: f.was }) : t('headers.field', { name: f.name, value: f.display })}
                onFocus={() => onActive(f)}
                onBlur={() => onActive(null)}
                onMouseEnter={() => onActive(f)}
                onMouseLeave={() => onActive(null)}
              >
                <span className="field-name">{f.name}</span> <span className="field-value">{f.display}</span>
                {f.was !== undefined && <span className="field-was">{t('headers.was', { value: f.was })}</span>}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
});

import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../useT';
import { clampSize, sizeAfterKey } from './splitterSize';

/** Smallest terminal height, and the least the map keeps (pixels). */
const MIN_PX = 120;
const MAP_MIN_PX = 120;

/**
 * The bar between the map and the terminal: drag it, or focus it and use the arrow keys. It sets the
 * workspace's `--terminal-size` (see terminal.css), so the grid gives the terminal that height.
 */
export function TerminalSplitter() {
  const t = useT();
  const bar = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(0);
  const [max, setMax] = useState(600);
  const workspace = () => bar.current?.closest<HTMLElement>('.workspace') ?? null;
  const panel = () => bar.current?.closest<HTMLElement>('.terminal-panel') ?? null;

  useLayoutEffect(() => {
    const measure = () => {
      const w = workspace();
      const p = panel();
      if (!w || !p) return;
      setMax(Math.max(MIN_PX, Math.round(w.getBoundingClientRect().height - MAP_MIN_PX)));
      setSize(Math.round(p.getBoundingClientRect().height));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  const apply = (px: number) => {
    const w = workspace();
    if (!w) return;
    const next = clampSize(px, MIN_PX, max);
    w.style.setProperty('--terminal-size', `${next}px`);
    w.dataset.terminalSize = String(next);
    setSize(next);
  };
  const onKey = (e: KeyboardEvent) => {
    const next = sizeAfterKey(size, e.key, MIN_PX, max);
    if (next === null) return;
    e.preventDefault();
    apply(next);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const p = panel();
    if (!p) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    // Height follows the pointer's travel from where it grabbed the bar (the panel's bottom moves on narrow pages).
    const from = e.clientY;
    const start = p.getBoundingClientRect().height;
    const move = (m: globalThis.PointerEvent) => apply(start + from - m.clientY);
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  return (
    <div
      ref={bar}
      className="terminal-splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('terminal.resize')}
      aria-valuemin={MIN_PX}
      aria-valuemax={max}
      aria-valuenow={size}
      tabIndex={0}
      data-testid="terminal-splitter"
      onKeyDown={onKey}
      onPointerDown={onPointerDown}
    />
  );
}

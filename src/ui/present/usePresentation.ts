import { useEffect } from 'react';
import { TEXT_PX } from '../../store/prefsSlice';
import { selectPresent, selectTextPx } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';

/** How much the side panel, top bar and terminal scale for a text size (1 at the normal 14 px). */
export const textScale = (px: number) => px / TEXT_PX.normal;

/** Puts presentation mode and the text scale on the page root, where the stylesheet reads them. */
export function usePresentation() {
  const present = usePlayground(selectPresent);
  const textPx = usePlayground(selectTextPx);
  useEffect(() => {
    const root = document.documentElement;
    root.toggleAttribute('data-present', present);
    root.style.setProperty('--text-scale', String(textScale(textPx)));
  }, [present, textPx]);
}

import { useShallow } from 'zustand/react/shallow';
import { TEXT_PX } from '../../store/prefsSlice';
import { selectPresent, selectTextPx } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import './present.css';
import './phone.css';

/** Asks for full screen (allowed only in a user gesture; a refusal leaves presentation mode windowed). */
function enterFullscreen() {
  const root = document.documentElement;
  if (!document.fullscreenElement && root.requestFullscreen) void root.requestFullscreen().catch(() => undefined);
}

function leaveFullscreen() {
  if (document.fullscreenElement && document.exitFullscreen) void document.exitFullscreen().catch(() => undefined);
}

/** The top bar's presentation switch and text size control (A− / A+). */
export function PresentControls() {
  const t = useT();
  const present = usePlayground(selectPresent);
  const textPx = usePlayground(selectTextPx);
  const { setPresent, setTextPx } = usePlayground(useShallow((s) => ({ setPresent: s.setPresent, setTextPx: s.setTextPx })));
  return (
    <>
      <div className="segmented text-size" role="group" aria-label={t('topbar.textSize')}>
        <button type="button" data-testid="text-smaller" aria-label={t('topbar.smaller')} title={t('topbar.smaller')} disabled={textPx <= TEXT_PX.min} onClick={() => setTextPx(textPx - 2)}>A−</button>
        <button type="button" data-testid="text-larger" aria-label={t('topbar.larger')} title={t('topbar.larger')} disabled={textPx >= TEXT_PX.max} onClick={() => setTextPx(textPx + 2)}>A+</button>
      </div>
      <button
        type="button"
        className="present-toggle"
        data-testid="present"
        aria-pressed={present}
        title={t('topbar.presentTitle')}
        onClick={() => {
          if (present) leaveFullscreen();
          else enterFullscreen();
          setPresent(!present);
        }}
      >
        {t('topbar.present')}
      </button>
    </>
  );
}

import { playgroundStore } from '../../store/usePlayground';
import { shareLink } from '../session/ShareDialog';
import { useT } from '../useT';

/** An embed's one-line header: the title and a link opening this very session in the full playground. */
export function EmbedBar() {
  const t = useT();
  return (
    <header className="topbar embed-bar" data-testid="embed-bar">
      <h1>{t('app.title')}</h1>
      <a
        href="./"
        target="_blank"
        rel="noopener"
        data-testid="embed-open-full"
        onClick={(e) => { e.currentTarget.href = shareLink(playgroundStore, true); }}
      >
        {t('embed.openFull')}
      </a>
    </header>
  );
}

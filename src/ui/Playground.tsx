import { lazy, Suspense, useEffect, type DragEvent } from 'react';
import { selectLocale } from '../store/selectors';
import { playgroundStore, usePlayground } from '../store/usePlayground';
import { HopPanel } from './hop/HopPanel';
import { Inspector } from './inspector/Inspector';
import { initialLocale } from './startFromQuery';
import { NoticeBar } from './session/NoticeBar';
import { startPageSession } from './session/pageSession';
import { Stepper } from './stepper/Stepper';
import { TopBar } from './TopBar';
import { useT } from './useT';

playgroundStore.getState().setLocale(initialLocale(window.location.search, navigator.language));
const session = startPageSession(playgroundStore, true);

/** A scenario file dropped anywhere on the page is imported. */
const onDrop = (e: DragEvent<HTMLDivElement>) => {
  const file = e.dataTransfer.files[0];
  if (!file) return;
  e.preventDefault();
  session.onDrop(file);
};
const onDragOver = (e: DragEvent<HTMLDivElement>) => {
  if (e.dataTransfer.types.includes('Files')) e.preventDefault();
};

// The map and the terminal are the heaviest parts: each loads on its own.
const Canvas = lazy(() => import('./canvas/Canvas'));
const TerminalPanel = lazy(() => import('./terminal/TerminalPanel'));

/** The working page: top bar, cluster map, inspector, terminal (loaded after first paint, with the simulation). */
export default function Playground() {
  const t = useT();
  const locale = usePlayground(selectLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);
  return (
    <div className="playground" onDrop={onDrop} onDragOver={onDragOver}>
      <TopBar />
      <NoticeBar onAction={session.onNoticeAction} />
      <main className="workspace">
        <section className="canvas-panel" aria-label={t('canvas.label')} data-testid="canvas">
          <Suspense fallback={<p className="loading">{t('canvas.loading')}</p>}>
            <Canvas />
          </Suspense>
        </section>
        <div className="side">
          <Inspector />
          <Stepper />
          <HopPanel />
        </div>
        <section className="terminal-panel" aria-label={t('terminal.label')} data-testid="terminal">
          <Suspense fallback={<p className="loading">{t('terminal.loading')}</p>}>
            <TerminalPanel />
          </Suspense>
        </section>
      </main>
    </div>
  );
}

import { lazy, Suspense, useEffect } from 'react';
import { selectLocale } from '../store/selectors';
import { playgroundStore, usePlayground } from '../store/usePlayground';
import { HopPanel } from './hop/HopPanel';
import { Inspector } from './inspector/Inspector';
import { FirstRun } from './lessons/FirstRun';
import { firstRunOnLoad } from './lessons/firstRunOnLoad';
import { pageStorage } from './lessons/firstRunSeen';
import { LessonPanel } from './lessons/LessonPanel';
import { startFromQuery } from './startFromQuery';
import { Stepper } from './stepper/Stepper';
import { TopBar } from './TopBar';
import { useT } from './useT';

startFromQuery(playgroundStore, window.location.search, navigator.language);
firstRunOnLoad(playgroundStore, window.location.search, pageStorage());

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
    <>
      <TopBar />
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
        <LessonPanel />
        <FirstRun />
      </main>
    </>
  );
}

import { lazy, Suspense, useEffect } from 'react';
import { selectLocale } from '../store/selectors';
import { usePlayground } from '../store/usePlayground';
import { Inspector } from './inspector/Inspector';
import { TopBar } from './TopBar';
import { useT } from './useT';
import './app.css';

// The map and the terminal are the heavy parts: loaded after first paint.
const Canvas = lazy(() => import('./canvas/Canvas'));
const TerminalPanel = lazy(() => import('./terminal/TerminalPanel'));

/** The playground page: top bar, cluster map, inspector, terminal. */
export function App() {
  const t = useT();
  const locale = usePlayground(selectLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);
  return (
    <div className="app" data-testid="app">
      <TopBar />
      <main className="workspace">
        <section className="canvas-panel" aria-label={t('canvas.label')} data-testid="canvas">
          <Suspense fallback={<p className="loading">{t('canvas.loading')}</p>}>
            <Canvas />
          </Suspense>
        </section>
        <Inspector />
        <section className="terminal-panel" aria-label={t('terminal.label')} data-testid="terminal">
          <Suspense fallback={<p className="loading">{t('terminal.loading')}</p>}>
            <TerminalPanel />
          </Suspense>
        </section>
      </main>
    </div>
  );
}

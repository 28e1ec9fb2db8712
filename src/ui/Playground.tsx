import { Suspense, useEffect, type DragEvent } from 'react';
import { startPart } from './startPart';
import { ErrorBoundary } from './ErrorBoundary';
import { selectLocale } from '../store/selectors';
import { playgroundStore, usePlayground } from '../store/usePlayground';
import { EmbedBar } from './embed/EmbedBar';
import { openEmbedLesson, startEmbed } from './embed/startEmbed';
import { HopPanel } from './hop/HopPanel';
import { Inspector } from './inspector/Inspector';
import { usePresentation } from './present/usePresentation';
import { initialLocale, startPresenting } from './startFromQuery';
import { NoticeBar } from './session/NoticeBar';
import { startPageSession } from './session/pageSession';
import { FirstRun } from './lessons/FirstRun';
import { firstRunOnLoad } from './lessons/firstRunOnLoad';
import { pageStorage } from './lessons/firstRunSeen';
import { LessonPanel } from './lessons/LessonPanel';
import { Stepper } from './stepper/Stepper';
import { TopBar } from './TopBar';
import { useT } from './useT';

/** The address the page was opened with (the session tidies the address bar once it has loaded). */
const search = window.location.search;
playgroundStore.getState().setLocale(initialLocale(search, navigator.language));
startPresenting(playgroundStore, search);
/** Embeds (`?embed=1`) never touch the browser's storage and have their own layout and host API. */
const embed = startEmbed(playgroundStore, search);
const view = embed?.view ?? 'full';
const showMap = view !== 'terminal';
const showTerminal = view === 'full' || view === 'split' || view === 'terminal';
const showSide = view === 'full' || view === 'stepper';

// The map and the terminal are the heaviest parts, each in its own chunk (which the page preloads). Both start
// loading now, while the session below replays; the page's frame waits for them (partsReady), so the
// playground renders whole instead of showing loading lines that React then holds back.
const canvas = showMap ? startPart(() => import('./canvas/Canvas')) : null;
const terminal = showTerminal ? startPart(() => import('./terminal/TerminalPanel')) : null;
const Canvas = canvas?.Component ?? (() => null);
const TerminalPanel = terminal?.Component ?? (() => null);
/** Settles when the map's and the terminal's chunks have arrived (or failed: their panels then say so). */
export const partsReady = Promise.all([canvas?.settled, terminal?.settled]);

const session = startPageSession(playgroundStore, embed === null);
if (!embed) firstRunOnLoad(playgroundStore, search, pageStorage());
/** An embed shows the lesson panel only when it was given a lesson. */
const embedLesson = embed !== null && openEmbedLesson(playgroundStore, search);
if (embed?.autoplay && playgroundStore.getState().cursor) playgroundStore.getState().setPlaying(true);

/** A scenario file dropped anywhere on the page is imported. */
const onDrop = (e: DragEvent<HTMLDivElement>) => {
  const file = e.dataTransfer.files[0];
  if (!file || embed) return;
  e.preventDefault();
  session.onDrop(file);
};
const onDragOver = (e: DragEvent<HTMLDivElement>) => {
  if (!embed && e.dataTransfer.types.includes('Files')) e.preventDefault();
};


/** The working page: top bar, cluster map, inspector, terminal (loaded after first paint, with the simulation). */
export default function Playground() {
  const t = useT();
  const locale = usePlayground(selectLocale);
  usePresentation();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);
  return (
    <div className={embed ? `playground embed embed-${view}` : 'playground'} onDrop={onDrop} onDragOver={onDragOver}>
      {embed ? <EmbedBar /> : <TopBar />}
      <NoticeBar onAction={session.onNoticeAction} />
      <main className="workspace">
        {showMap && (
          <section className="canvas-panel" aria-label={t('canvas.label')} data-testid="canvas">
            <ErrorBoundary panel="canvas">
              <Suspense fallback={<p className="loading">{t('canvas.loading')}</p>}>
                <Canvas />
              </Suspense>
            </ErrorBoundary>
          </section>
        )}
        {showSide && (
          <div className="side">
            <ErrorBoundary panel="side">
              {!embed && (
                <ErrorBoundary panel="inspector">
                  <Inspector />
                </ErrorBoundary>
              )}
              <ErrorBoundary panel="stepper">
                <Stepper />
              </ErrorBoundary>
              <ErrorBoundary panel="hop">
                <HopPanel />
              </ErrorBoundary>
            </ErrorBoundary>
          </div>
        )}
        {showTerminal && (
          <section className="terminal-panel" aria-label={t('terminal.label')} data-testid="terminal">
            {embed?.readonly && <p className="embed-readonly">{t('embed.readonly')}</p>}
            <ErrorBoundary panel="terminal">
              <Suspense fallback={<p className="loading">{t('terminal.loading')}</p>}>
                <TerminalPanel />
              </Suspense>
            </ErrorBoundary>
          </section>
        )}
        {(!embed || embedLesson) && <LessonPanel />}
        {!embed && <FirstRun />}
      </main>
    </div>
  );
}

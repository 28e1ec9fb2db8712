import { useShallow } from 'zustand/react/shallow';
import { lessons, lessonText } from '../../lessons/lessons';
import { selectLessonActions } from '../../store/lessonSlice';
import { selectLocale, selectScenarioName } from '../../store/selectors';
import { playgroundStore, usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import { firstCommand, openReadyTraffic } from './readyTraffic';
import './lesson.css';

/** What this page is, in two lines, and three ways in: a lesson, a cluster with traffic, or the terminal. */
export function FirstRunCard({ onClose }: { readonly onClose: () => void }) {
  const t = useT();
  const scenario = usePlayground(selectScenarioName);
  const locale = usePlayground(selectLocale);
  const { startLesson, setTerminalHint } = usePlayground(useShallow(selectLessonActions));
  const first = lessons[0];
  const focusTerminal = () => document.querySelector<HTMLTextAreaElement>('[data-testid="terminal"] .xterm-helper-textarea')?.focus();
  return (
    <section className="first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <div className="first-run-head">
        <h2 id="first-run-title">{t('firstRun.label')}</h2>
        <button type="button" data-testid="first-run-close" aria-label={t('firstRun.dismiss')} onClick={onClose}>×</button>
      </div>
      <p>{t('firstRun.what')}</p>
      <p className="muted">{t('firstRun.how')}</p>
      <div className="first-run-ways">
        {first && (
          <button type="button" className="primary" data-testid="first-run-lesson" onClick={() => { startLesson(first.id, first.scenario); onClose(); }}>
            {t('firstRun.lesson')}
          </button>
        )}
        <button type="button" data-testid="first-run-traffic" onClick={() => { openReadyTraffic(playgroundStore); onClose(); }}>
          {t('firstRun.traffic')}
        </button>
        <button type="button" data-testid="first-run-type" onClick={() => { setTerminalHint(firstCommand(scenario)); onClose(); focusTerminal(); }}>
          {t('firstRun.type')}
        </button>
      </div>
      <h3 className="first-run-sub">{t('lesson.pick')}</h3>
      <ol className="first-run-lessons">
        {lessons.map((l) => (
          <li key={l.id}>
            <button type="button" className="link" data-testid={`first-run-lesson-${l.id}`} onClick={() => { startLesson(l.id, l.scenario); onClose(); }}>
              {lessonText(l, locale, 'title')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Params } from '../i18n/t';
import type { Playground } from '../store/playground';
import { playgroundStore } from '../store/usePlayground';
import { ConfirmDialog, type Confirmation } from './session/ConfirmDialog';
import { ShareDialog } from './session/ShareDialog';
import { UndoButtons } from './session/UndoButtons';
import { catalogs, isLocale } from '../i18n/t';
import { builtinScenarios } from '../scenario/builtins';
import type { MessageKey } from '../i18n/t';
import { selectActions, selectEngineVersion, selectLens, selectLocale, selectScenarioName } from '../store/selectors';
import { usePlayground } from '../store/usePlayground';
import { PresentControls } from './present/PresentControls';
import { scenarioChoices } from './scenarioChoices';
import { useT } from './useT';

const scenarioNames = Object.keys(builtinScenarios);
const scenarioLabel = (name: string): MessageKey | null => {
  const key = `scenario.${name}`;
  return key in catalogs.en ? (key as MessageKey) : null;
};

/** Keeps the language in the address bar (the session itself is saved, and shared by link). */
function setQuery(name: string, value: string) {
  const url = new URL(window.location.href);
  url.searchParams.set(name, value);
  window.history.replaceState(null, '', url);
}

/** Title, scenario picker, engine profile, reset, lens and language. */
/** What a reset or a load would discard, or null when nothing was done since the scenario loaded. */
function work(s: Playground): Params | null {
  if (s.model.log.length === 0 && s.layout === s.scenario.layout) return null;
  return { ops: s.model.log.length, traces: s.traces.length };
}

export function TopBar() {
  const t = useT();
  const scenario = usePlayground(selectScenarioName);
  const version = usePlayground(selectEngineVersion);
  const locale = usePlayground(selectLocale);
  const lens = usePlayground(selectLens);
  const { loadScenario, reset, setLens, setLocale } = usePlayground(useShallow(selectActions));
  const [ask, setAsk] = useState<Confirmation | null>(null);
  const confirmLoad = (name: string) => {
    const lost = work(playgroundStore.getState());
    if (!lost) return void loadScenario(name);
    setAsk({ title: 'confirm.loadTitle', body: 'confirm.load', params: lost, ok: 'confirm.loadOk', onOk: () => loadScenario(name) });
  };
  const confirmReset = () => {
    const lost = work(playgroundStore.getState());
    if (!lost) return reset();
    setAsk({ title: 'confirm.resetTitle', body: 'confirm.reset', params: lost, ok: 'confirm.resetOk', onOk: reset });
  };
  return (
    <header className="topbar" data-testid="topbar">
      <h1>{t('app.title')}</h1>
      <label className="field">
        <span>{t('topbar.scenario')}</span>
        <select
          data-testid="scenario-picker"
          value={scenario}
          onChange={(e) => confirmLoad(e.target.value)}
        >
          {scenarioChoices(scenarioNames, scenario).map((name) => {
            const key = scenarioLabel(name);
            return <option key={name} value={name}>{key ? t(key) : name}</option>;
          })}
        </select>
      </label>
      <span className="badge profile" data-testid="engine-profile" title={t('topbar.profileTitle', { version })}>
        {t('topbar.profile', { version })}
      </span>
      <button type="button" data-testid="reset" onClick={confirmReset}>{t('topbar.reset')}</button>
      <UndoButtons />
      <ShareDialog />
      <ConfirmDialog ask={ask} onClose={() => setAsk(null)} />
      <button type="button" data-testid="open-first-run" onClick={() => playgroundStore.getState().setFirstRunOpen(true)}>{t('topbar.start')}</button>
      <div className="segmented" role="group" aria-label={t('topbar.lens')}>
        {(['overlay', 'underlay'] as const).map((l) => (
          <button key={l} type="button" aria-pressed={lens === l} data-testid={`lens-${l}`} onClick={() => setLens(l)}>
            {t(`lens.${l}`)}
          </button>
        ))}
      </div>
      <PresentControls />
      <label className="field">
        <span>{t('topbar.language')}</span>
        <select
          data-testid="language"
          value={locale}
          onChange={(e) => {
            if (!isLocale(e.target.value)) return;
            setLocale(e.target.value);
            setQuery('lang', e.target.value);
          }}
        >
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
      </label>
    </header>
  );
}

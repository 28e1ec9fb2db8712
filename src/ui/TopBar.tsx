import { useShallow } from 'zustand/react/shallow';
import { catalogs, isLocale } from '../i18n/t';
import { builtinScenarios } from '../scenario/builtins';
import type { MessageKey } from '../i18n/t';
import { selectActions, selectEngineVersion, selectLens, selectLocale, selectScenarioName } from '../store/selectors';
import { playgroundStore, usePlayground } from '../store/usePlayground';
import { useT } from './useT';

const scenarioNames = Object.keys(builtinScenarios);
const scenarioLabel = (name: string): MessageKey | null => {
  const key = `scenario.${name}`;
  return key in catalogs.en ? (key as MessageKey) : null;
};

/** Keeps the scenario and language in the address bar, so a link opens the same view. */
function setQuery(name: string, value: string) {
  const url = new URL(window.location.href);
  url.searchParams.set(name, value);
  window.history.replaceState(null, '', url);
}

/** Title, scenario picker, engine profile, reset, lens and language. */
export function TopBar() {
  const t = useT();
  const scenario = usePlayground(selectScenarioName);
  const version = usePlayground(selectEngineVersion);
  const locale = usePlayground(selectLocale);
  const lens = usePlayground(selectLens);
  const { loadScenario, reset, setLens, setLocale } = usePlayground(useShallow(selectActions));
  return (
    <header className="topbar" data-testid="topbar">
      <h1>{t('app.title')}</h1>
      <label className="field">
        <span>{t('topbar.scenario')}</span>
        <select
          data-testid="scenario-picker"
          value={scenario}
          onChange={(e) => {
            if (loadScenario(e.target.value)) setQuery('scenario', e.target.value);
          }}
        >
          {scenarioNames.map((name) => {
            const key = scenarioLabel(name);
            return <option key={name} value={name}>{key ? t(key) : name}</option>;
          })}
        </select>
      </label>
      <span className="badge profile" data-testid="engine-profile" title={t('topbar.profileTitle', { version })}>
        {t('topbar.profile', { version })}
      </span>
      <button type="button" data-testid="reset" onClick={reset}>{t('topbar.reset')}</button>
      <button type="button" data-testid="open-first-run" onClick={() => playgroundStore.getState().setFirstRunOpen(true)}>{t('topbar.start')}</button>
      <div className="segmented" role="group" aria-label={t('topbar.lens')}>
        {(['overlay', 'underlay'] as const).map((l) => (
          <button key={l} type="button" aria-pressed={lens === l} data-testid={`lens-${l}`} onClick={() => setLens(l)}>
            {t(`lens.${l}`)}
          </button>
        ))}
      </div>
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

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isLocale } from './i18n/t';
import { playgroundStore } from './store/usePlayground';
import { App } from './ui/App';

// A link may name the scenario and language: ?scenario=seed-2017&lang=ko
const query = new URLSearchParams(window.location.search);
const scenario = query.get('scenario');
if (scenario) playgroundStore.getState().loadScenario(scenario);
const lang = query.get('lang');
if (isLocale(lang)) playgroundStore.getState().setLocale(lang);
else if (navigator.language.toLowerCase().startsWith('ko')) playgroundStore.getState().setLocale('ko');

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);

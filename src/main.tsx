import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { initialLocale } from './ui/startFromQuery';

const root = document.getElementById('root');
const locale = initialLocale(window.location.search, navigator.language);
if (root) createRoot(root).render(<StrictMode><App locale={locale} /></StrictMode>);

import { lazy, Suspense } from 'react';
import { translator, type Locale } from '../i18n/t';
import './app.css';

// Everything that needs the simulation loads after first paint; the playground shows once its map and
// terminal have arrived too.
const Playground = lazy(() => import('./Playground').then(async (m) => { await m.partsReady; return m; }));

/** The page frame: painted at once, with the playground filled in when its code arrives. */
export function App({ locale }: { readonly locale: Locale }) {
  const t = translator(locale);
  return (
    <div className="app" data-testid="app">
      <Suspense
        fallback={
          <>
            <header className="topbar"><h1>{t('app.title')}</h1></header>
            <p className="loading">{t('app.loading')}</p>
          </>
        }
      >
        <Playground />
      </Suspense>
    </div>
  );
}

import type { PlaygroundStore } from '../store/createPlaygroundStore';

/**
 * Registers the service worker of a built site (not in development, not in embeds' previews): the site
 * then works offline after one visit. When a new build is waiting, a notice offers to reload into it.
 * Registration waits until the page has loaded and is idle: installing fetches every built file, which
 * would otherwise compete with the page's own start.
 */
export function registerServiceWorker(store: PlaygroundStore): (() => void) | null {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
  let waiting: ServiceWorker | null = null;
  const offer = (worker: ServiceWorker) => {
    waiting = worker;
    store.getState().notify({ key: 'app.updateReady', tone: 'info', actions: ['reload-for-update'] });
  };
  const register = () => navigator.serviceWorker.register('./sw.js').then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    });
  }, () => undefined);
  afterStart(() => void register());
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloading && waiting) {
      reloading = true;
      window.location.reload();
    }
  });
  /** Takes the new build: the waiting worker takes over and the page reloads (the session is autosaved). */
  return () => waiting?.postMessage('skip-waiting');
}

/** Runs `f` once the page has loaded and the main thread is idle (or after two seconds at the latest). */
function afterStart(f: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 2000 }) : setTimeout(f, 500));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

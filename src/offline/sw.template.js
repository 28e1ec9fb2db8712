/* global __VERSION__, __FILES__ */
/* The playground's service worker: after one visit the built files are cached and the page works offline.
 * Written by vite.config.ts at build time, with the build's id and the list of its files filled in. */
const VERSION = __VERSION__;
const FILES = __FILES__;
const CACHE = `swarm-playground-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...FILES])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('swarm-playground-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

/** The page asks a waiting worker to take over when the person accepts the update. */
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Pages: the network first (a new build shows at once), the cached page when offline.
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(request, { ignoreSearch: true }).then((r) => r ?? caches.match('./'))));
    return;
  }
  // Built files never change under the same name: the cache first.
  event.respondWith(caches.match(request).then((r) => r ?? fetch(request)));
});

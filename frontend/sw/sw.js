/* Học vụ số service worker. Built into dist/sw.js by the `service-worker` plugin in vite.config.ts,
 * which fills in the release's version and the files of its app shell.
 *
 * What it does: keeps the app shell (index.html, config.js, the manifest, icons) and the learner's
 * pages (their hashed files under /assets/, with the fonts) so they open without a connection. The
 * manager, administrator and public-statistics pages, their charts, their texts and English are not
 * installed with it: a file under /assets/ is kept the first time it is used. What it never does:
 * touch the API. The API
 * is another origin (and /api/ is skipped too, in case it is ever proxied here), so no response with
 * personal data is ever stored by this worker.
 *
 * Updates: a new release changes this file (its version), so the browser installs the new worker; it
 * takes over at once (skipWaiting, clients.claim) and deletes the old release's cache. Pages (navigations)
 * are fetched from the network first and only served from the cache when offline, so an old worker can
 * never keep serving an old app to a connected learner.
 */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `hocvuso-${VERSION}`;
const SHELL = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('hocvuso-') && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheKey) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(cacheKey ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheKey ?? request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  // only real files: a 404 must not be kept for a year
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  // the API reference is a page of its own (npm run docs:api), not a route of the app: never the shell
  if (url.pathname.startsWith('/tai-lieu-api/')) return;

  if (request.mode === 'navigate') {
    // every route of the single-page app is the same shell
    event.respondWith(networkFirst(request, SHELL));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (PRECACHE.includes(url.pathname)) {
    event.respondWith(networkFirst(request));
  }
});

import { useSyncExternalStore } from 'react';

/**
 * The service worker (public/sw.js, completed at build time) keeps the app's shell and static files
 * for use without a connection. It is registered in production builds only: in development it would
 * serve stale modules. A new release's worker takes over at once (skipWaiting + clients.claim) and
 * the page offers a reload, so an old worker can never keep serving an old app.
 */
let updateReady = false;
const listeners = new Set<() => void>();

function setUpdateReady() {
  updateReady = true;
  listeners.forEach((listener) => listener());
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => updateReady,
    () => false,
  );
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const hadController = navigator.serviceWorker.controller != null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // the first install takes control quietly; a later change is a new release
    if (hadController) setUpdateReady();
  });
  const register = () =>
    navigator.serviceWorker
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .then((registration) => {
        // look for a new release every hour on pages left open all day (e.g. in a commune office)
        setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
      })
      .catch(() => undefined);
  // after the page's own files (the app starts after the first paint: the page may have loaded already)
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

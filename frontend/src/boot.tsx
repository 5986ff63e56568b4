/** The app itself, started by main.tsx once index.html's first paint is on screen. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// only the queue: the learning pages stay in their own chunks
import { progressQueue } from './features/learning/offline/sync';
import { restoreSessionOnce } from './lib/api/session-refresh';
import { i18nReady } from './lib/i18n';
import { registerServiceWorker } from './lib/pwa/register-sw';

// a stored refresh token brings the session back before the first protected page renders (the entry
// started it already; this is the same request)
const restored = restoreSessionOnce();
void restored.then(() => progressQueue.start());

/**
 * How long the first render waits for that session. Drawn with the session already known, the app
 * renders once; drawn before, every component that reads the session renders again when it arrives, in
 * one long task that the page's data must then wait behind. The refresh started while this code
 * downloaded, so it is usually done or nearly; a slow one is not waited for beyond this.
 */
const SESSION_WAIT_MS = 1500;
const sessionKnown = Promise.race([restored.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, SESSION_WAIT_MS))]);

if (import.meta.env.PROD) registerServiceWorker();

// Vietnamese is in this bundle; a learner who chose English waits for that language's chunk.
// The first render is a transition: React then renders in slices of a few milliseconds and lets the
// browser handle input between them, instead of one long task that a slow phone's CPU makes hundreds
// of milliseconds long (Lighthouse's Total Blocking Time, docs/benchmarks.md). The shell index.html
// painted stays on screen until the whole tree is ready, so nothing half-drawn is ever shown.
void Promise.all([i18nReady, sessionKnown]).then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});

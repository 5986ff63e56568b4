/** The app itself, started by main.tsx once index.html's first paint is on screen. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// only the queue: the learning pages stay in their own chunks
import { progressQueue } from './features/learning/offline/sync';
import { earlyRequestsSettled } from './lib/api/early-requests';
import { restoreSessionOnce } from './lib/api/session-refresh';
import { i18nReady } from './lib/i18n';
import { registerServiceWorker } from './lib/pwa/register-sw';
import { firstRenderReady } from './lib/startup/first-render';

// the restore the entry started: queued progress is sent once the session is known
void restoreSessionOnce().then(() => progressQueue.start());

if (import.meta.env.PROD) registerServiceWorker();

// Vietnamese is in this bundle; a learner who chose English waits for that language's chunk. The
// session and the page's data the entry asks for come first too (lib/startup/first-render.ts): the
// entry's own continuation of the restore runs before this one and has sent those GETs by then.
// The first render is a transition: React then renders in slices of a few milliseconds and lets the
// browser handle input between them, instead of one long task that a slow phone's CPU makes hundreds
// of milliseconds long (Lighthouse's Total Blocking Time, docs/benchmarks.md). The shell index.html
// painted stays on screen until the whole tree is ready, so nothing half-drawn is ever shown.
const pageReady = restoreSessionOnce().then(() => earlyRequestsSettled());
void firstRenderReady(i18nReady, pageReady).then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});

/** The app itself, started by main.tsx once index.html's first paint is on screen. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// only the queue: the learning pages stay in their own chunks
import { progressQueue } from './features/learning/offline/sync';
import { restoreSessionOnce } from './lib/api/session-refresh';
import { i18nReady } from './lib/i18n';
import { registerServiceWorker } from './lib/pwa/register-sw';
import { firstRenderReady } from './lib/startup/first-render';

// the restore the entry started: queued progress is sent once the session is known
void restoreSessionOnce().then(() => progressQueue.start());

if (import.meta.env.PROD) registerServiceWorker();

// Vietnamese is in this bundle; a learner who chose English waits for that language's chunk. The
// session comes first too, and the render gets a task of its own (lib/startup/first-render.ts).
// The first render is a transition: React then renders in slices of a few milliseconds and lets the
// browser handle input between them, instead of one long task that a slow phone's CPU makes hundreds
// of milliseconds long (Lighthouse's Total Blocking Time, docs/benchmarks.md). The shell index.html
// painted stays on screen until the whole tree is ready, so nothing half-drawn is ever shown.
void firstRenderReady(i18nReady, restoreSessionOnce()).then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});

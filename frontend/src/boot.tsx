/** The app itself, started by main.tsx once index.html's first paint is on screen. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// only the queue: the learning pages stay in their own chunks
import { progressQueue } from './features/learning/offline/sync';
import { restoreSessionOnce } from './lib/api/session-refresh';
import { i18nReady } from './lib/i18n';
import { registerServiceWorker } from './lib/pwa/register-sw';

// the restore the entry started: queued progress is sent once the session is known
void restoreSessionOnce().then(() => progressQueue.start());

if (import.meta.env.PROD) registerServiceWorker();

/**
 * How long the first render waits for the session the entry is restoring. A learner's page can show
 * nothing but a spinner without it, and drawing the tree twice (restoring, then signed in) is the
 * largest part of a slow phone's main-thread time on those pages (Lighthouse's Total Blocking Time,
 * docs/benchmarks.md). The refresh is usually answered before this code has even arrived; past this
 * wait the app renders as before and the page shows its spinner until the session is back.
 */
const SESSION_WAIT_MS = 1_500;
const sessionKnown = Promise.race([
  restoreSessionOnce(),
  new Promise<void>((resolve) => setTimeout(resolve, SESSION_WAIT_MS)),
]);

// Vietnamese is in this bundle; a learner who chose English waits for that language's chunk.
// The first render is a transition: a runtime that slices renders keeps input answered between slices.
// The shell index.html painted stays on screen until the whole tree is ready, so nothing half-drawn is
// ever shown.
// The render runs in a task of its own: the page's GETs, which the entry sends as the session comes
// back, leave first from the small task that received it rather than after this long one.
void Promise.all([i18nReady, sessionKnown])
  .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
  .then(() => {
    const root = createRoot(document.getElementById('root')!);
    startTransition(() =>
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
  });

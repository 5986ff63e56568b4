/** The app itself, started by main.tsx once index.html's first paint is on screen. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// only the queue: the learning pages stay in their own chunks
import { progressQueue } from './features/learning/offline/sync';
import { restoreSession } from './lib/auth/actions';
import { i18nReady } from './lib/i18n';
import { registerServiceWorker } from './lib/pwa/register-sw';

// a stored refresh token brings the session back before the first protected page renders
void restoreSession().then(() => progressQueue.start());

if (import.meta.env.PROD) registerServiceWorker();

// Vietnamese is in this bundle; a learner who chose English waits for that language's chunk
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

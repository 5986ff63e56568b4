import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import './app/styles.css';
import '@/lib/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// only the queue: the learning pages stay in their own chunks
import { progressQueue } from './features/learning/offline/sync';
import { restoreSession } from './lib/auth/actions';
import { registerServiceWorker } from './lib/pwa/register-sw';

// a stored refresh token brings the session back before the first protected page renders
void restoreSession().then(() => progressQueue.start());

if (import.meta.env.PROD) registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

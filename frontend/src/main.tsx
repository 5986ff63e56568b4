// The entry: only the styles (a render-blocking <link> in index.html) and the start of the app.
import './app/fonts.css';
import './app/styles.css';
import { scheduleAppStart } from './app/app-start';
import { earlyPageFor, learnerPages } from './app/early-pages';
import { earlyJson, requestEarly } from './lib/api/early-requests';
import { restoreSessionOnce } from './lib/api/session-refresh';
import { tokenStore } from './lib/auth/session-store';
import { loadChunk } from './lib/release/chunk-reload';

const early = earlyPageFor(window.location.pathname);
const shellMain = document.getElementById('main');
// A lesson's words are drawn as soon as they arrive (app/lesson-first-screen.ts): its small module is asked
// for now, beside the session's restore, and is there before the lesson's answer.
const lessonScreen = early?.page === 'lesson' ? import('./app/lesson-first-screen') : undefined;

// A stored session is brought back (a refresh, one small request) while the app's code downloads, and
// then a learner's page's data is asked for (early-pages.ts), so the page renders as soon as it runs
// instead of asking only then. `firstScreen` settles once the lesson is drawn, or cannot be (no session,
// no lesson module, a failed or refused answer): false then.
const firstScreen: Promise<boolean> = restoreSessionOnce().then(() => {
  if (!early) return false;
  const paths = early.data(tokenStore.getState().status === 'authenticated');
  requestEarly(paths);
  // the lesson's own GET comes first (early-pages.ts); a failure here only leaves the skeleton to the app
  if (!lessonScreen || !shellMain || !paths[0]) return false;
  return Promise.all([lessonScreen, earlyJson(paths[0])])
    .then(([screen, lesson]) => screen.drawLessonFirstScreen(shellMain, lesson))
    .catch(() => false);
});

/**
 * index.html paints the header and a page skeleton (or the page's own first screen, see
 * src/app/page-shells.ts) before any script runs. The app's code is requested and evaluated only after
 * the browser had a frame to paint that shell, or, on a lesson opened with a stored session, once the
 * lesson is drawn (app-start.ts): on a slow link its 150 kB would otherwise share the bandwidth with what
 * that paint needs (it is not preloaded for that reason). The learner's page comes with it (early-pages.ts).
 */
scheduleAppStart(
  () => {
    void loadChunk(() => import('./boot'));
    // a failure is the router's to show (it loads the same module and reloads once after a release)
    if (early) learnerPages[early.page]().catch(() => undefined);
  },
  lessonScreen && tokenStore.getRefreshToken() ? firstScreen : undefined,
);

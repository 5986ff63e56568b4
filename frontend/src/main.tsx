// The entry: only the styles (a render-blocking <link> in index.html) and the start of the app.
import './app/fonts.css';
import './app/styles.css';
import { loadChunk } from './lib/release/chunk-reload';

/**
 * index.html paints the header and a page skeleton before any script runs. The app's code is already
 * downloading (index.html preloads boot.tsx's chunks, see vite.config.ts); it is evaluated only after
 * the browser had a frame to paint that shell, so the first paint never waits for React. A hidden tab
 * gets no frames: the timeout starts it there.
 */
let started = false;
function start() {
  if (started) return;
  started = true;
  void loadChunk(() => import('./boot'));
}
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 100);

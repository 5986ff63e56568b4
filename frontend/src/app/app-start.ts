/**
 * The longest the entry holds the app's code back for a page's first screen (see scheduleAppStart): past
 * it, the app's code is asked for whatever the early answer is doing.
 */
export const HOLD_MS = 2_000;

interface Clock {
  frame: (callback: () => void) => unknown;
  timer: (callback: () => void, ms: number) => unknown;
}

const browserClock: Clock = {
  frame: (callback) => requestAnimationFrame(callback),
  timer: (callback, ms) => setTimeout(callback, ms),
};

/**
 * When the entry (src/main.tsx) asks for the app's code (`start`, run once).
 *
 * Without a first screen to wait for: after the browser's next frame, so that the shell index.html paints
 * is drawn before the app's 150 kB share the link with what that paint needs; a hidden tab gets no frames,
 * and the 100 ms timer starts it there.
 *
 * With one (`firstScreen`: a lesson drawn from its early answer, app/lesson-first-screen.ts): once it has
 * settled, drawn or not, and its frame has been painted, or after HOLD_MS. The lesson's answer is a few
 * kB at the end of a chain of round trips (the session's refresh, then the GET); the app's code, asked
 * for at the same time, took the link's bandwidth and, over HTTP/1.1, the browser's six connections to
 * the origin while that chain ran, and the lesson's text came about half a second later on a slow phone
 * (docs/benchmarks.md, issue 16). A failed early answer settles it at once: the app then starts as before.
 */
export function scheduleAppStart(start: () => void, firstScreen?: Promise<unknown>, clock: Clock = browserClock) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  const afterFrame = () => {
    clock.frame(() => clock.timer(once, 0));
    clock.timer(once, 100);
  };
  if (!firstScreen) {
    afterFrame();
    return;
  }
  void firstScreen.then(afterFrame, afterFrame);
  clock.timer(once, HOLD_MS);
}

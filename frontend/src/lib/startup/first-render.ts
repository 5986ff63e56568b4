/**
 * How long the first render waits for the session the entry is restoring. A learner's page can show
 * nothing but a spinner without it, and drawing the tree twice (restoring, then signed in) is the
 * largest part of a slow phone's main-thread time on those pages (Lighthouse's Total Blocking Time,
 * docs/benchmarks.md). The refresh is usually answered before the app's code has even arrived; past this
 * wait the app renders as before and the page shows its spinner until the session is back.
 */
export const SESSION_WAIT_MS = 1_500;

/**
 * When src/boot.tsx may render: the texts are loaded and the session is known (or SESSION_WAIT_MS has
 * passed), then one more task. That task is the point: the page's GETs, which the entry sends as the
 * session comes back (src/main.tsx), leave from the small task that received the refresh's answer, and
 * the long render comes after them instead of holding them back.
 */
export function firstRenderReady(texts: Promise<unknown>, session: Promise<unknown>, waitMs = SESSION_WAIT_MS) {
  const sessionKnown = Promise.race([
    session.catch(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, waitMs)),
  ]);
  return Promise.all([texts, sessionKnown]).then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

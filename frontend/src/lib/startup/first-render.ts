/**
 * How long the first render waits for the session the entry is restoring and the page's data it then
 * asks for. Rendering before them draws the tree twice or more (restoring, then signed in, then with
 * the data), and with React a store that changes while a sliced first render is under way makes React
 * redo that render in one long task: the largest part of a slow phone's Total Blocking Time on the
 * learner's pages (docs/benchmarks.md). Both usually arrive before the app's code has; past this wait
 * the app renders as before, and the page shows its spinner until they are there.
 */
export const FIRST_RENDER_WAIT_MS = 1_500;

/**
 * When src/boot.tsx may render: the texts are loaded, and `pageReady` (the session restored and the
 * page's early GETs answered, src/main.tsx) has settled or FIRST_RENDER_WAIT_MS has passed.
 */
export function firstRenderReady(texts: Promise<unknown>, pageReady: Promise<unknown>, waitMs = FIRST_RENDER_WAIT_MS) {
  const settled = Promise.race([
    pageReady.catch(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, waitMs)),
  ]);
  return Promise.all([texts, settled]).then(() => undefined);
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstRenderReady, SESSION_WAIT_MS } from './first-render';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** Whether `promise` has settled once the timers up to now have run. */
async function settled(promise: Promise<unknown>) {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('the first render', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the restored session, then renders in a task after the one that brought it', async () => {
    const session = deferred();
    const ready = firstRenderReady(Promise.resolve(), session.promise);
    expect(await settled(ready)).toBe(false);

    session.resolve();
    let rendered = false;
    void ready.then(() => (rendered = true));
    // every microtask of the task that brought the session (where the entry sends the page's GETs) runs first
    for (let tick = 0; tick < 50; tick++) await Promise.resolve();
    expect(rendered).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(rendered).toBe(true);
  });

  it('renders without the session once the wait is over, so a refresh that hangs never keeps the page blank', async () => {
    let rendered = false;
    void firstRenderReady(Promise.resolve(), new Promise(() => undefined)).then(() => (rendered = true));
    await vi.advanceTimersByTimeAsync(SESSION_WAIT_MS - 1);
    expect(rendered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(1); // the render's own task
    expect(rendered).toBe(true);
  });

  it('renders after a failed restore as after a successful one', async () => {
    const ready = firstRenderReady(Promise.resolve(), Promise.reject(new Error('offline')));
    expect(await settled(ready)).toBe(true);
  });

  it('never renders before the texts are there', async () => {
    const texts = deferred();
    const ready = firstRenderReady(texts.promise, Promise.resolve());
    await vi.advanceTimersByTimeAsync(SESSION_WAIT_MS * 2);
    expect(await settled(ready)).toBe(false);
    texts.resolve();
    expect(await settled(ready)).toBe(true);
  });
});

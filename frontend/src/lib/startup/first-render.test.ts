import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_RENDER_WAIT_MS, firstRenderReady } from './first-render';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** Whether `promise` has settled once the timers due by now have run. */
async function settled(promise: Promise<unknown>) {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('the first render', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the session and the page’s data', async () => {
    const page = deferred();
    const ready = firstRenderReady(Promise.resolve(), page.promise);
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS - 1);
    expect(await settled(ready)).toBe(false);
    page.resolve();
    expect(await settled(ready)).toBe(true);
  });

  it('renders without them once the wait is over, so a request that hangs never keeps the page blank', async () => {
    let rendered = false;
    void firstRenderReady(Promise.resolve(), new Promise(() => undefined)).then(() => (rendered = true));
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS - 1);
    expect(rendered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(rendered).toBe(true);
  });

  it('renders after a failed restore as after a successful one', async () => {
    const ready = firstRenderReady(Promise.resolve(), Promise.reject(new Error('offline')));
    expect(await settled(ready)).toBe(true);
  });

  it('never renders before the texts are there', async () => {
    const texts = deferred();
    const ready = firstRenderReady(texts.promise, Promise.resolve());
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS * 2);
    expect(await settled(ready)).toBe(false);
    texts.resolve();
    expect(await settled(ready)).toBe(true);
  });
});

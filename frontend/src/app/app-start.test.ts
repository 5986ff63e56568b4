import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOLD_MS, scheduleAppStart } from './app-start';

/** A clock whose frames and timers run only when the test says so. */
function fakeClock() {
  vi.useFakeTimers();
  const frames: (() => void)[] = [];
  return {
    clock: {
      frame: (callback: () => void) => frames.push(callback),
      timer: (callback: () => void, ms: number) => setTimeout(callback, ms),
    },
    paint: () => frames.splice(0).forEach((frame) => frame()),
  };
}

afterEach(() => vi.useRealTimers());

describe("when the entry asks for the app's code", () => {
  it('without a first screen to wait for: after the next frame, and only once', async () => {
    const { clock, paint } = fakeClock();
    const start = vi.fn();
    scheduleAppStart(start, undefined, clock);
    expect(start).not.toHaveBeenCalled();
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(start).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(HOLD_MS);
    expect(start).toHaveBeenCalledOnce();
  });

  it('in a hidden tab (no frames): after 100 ms', async () => {
    const { clock } = fakeClock();
    const start = vi.fn();
    scheduleAppStart(start, undefined, clock);
    await vi.advanceTimersByTimeAsync(99);
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(start).toHaveBeenCalledOnce();
  });

  it('a lesson being drawn: not before it is drawn and painted, then at once', async () => {
    const { clock, paint } = fakeClock();
    const start = vi.fn();
    let drawn!: (value: boolean) => void;
    scheduleAppStart(start, new Promise<boolean>((resolve) => (drawn = resolve)), clock);
    paint();
    await vi.advanceTimersByTimeAsync(500);
    expect(start).not.toHaveBeenCalled();
    drawn(true);
    await vi.advanceTimersByTimeAsync(0);
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(start).toHaveBeenCalledOnce();
  });

  it('an early answer that failed or was refused: at once, as without one', async () => {
    const { clock, paint } = fakeClock();
    const start = vi.fn();
    scheduleAppStart(start, Promise.reject(new Error('offline')), clock);
    await vi.advanceTimersByTimeAsync(0);
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(start).toHaveBeenCalledOnce();
  });

  it('an early answer that never comes: after HOLD_MS', async () => {
    const { clock, paint } = fakeClock();
    const start = vi.fn();
    scheduleAppStart(start, new Promise(() => undefined), clock);
    paint();
    await vi.advanceTimersByTimeAsync(HOLD_MS - 1);
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(start).toHaveBeenCalledOnce();
  });
});

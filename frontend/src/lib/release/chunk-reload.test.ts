import { describe, expect, it, vi } from 'vitest';
import { loadChunk } from './chunk-reload';

const gone = () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/lesson-9x.js'));

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('one reload after a release', () => {
  it('does not reload for an error of the page itself: that one is shown', async () => {
    const reload = vi.fn();
    await expect(
      loadChunk(() => Promise.reject(new Error('boom')), { reload, storage: memoryStorage() }),
    ).rejects.toThrow('boom');
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not reload while offline: the error page says there is no connection', async () => {
    const reload = vi.fn();
    await expect(loadChunk(gone, { reload, storage: memoryStorage(), online: () => false })).rejects.toThrow(
      /dynamically imported/,
    );
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads again for a later release, once the minute after the last reload has passed', async () => {
    const reload = vi.fn();
    const storage = memoryStorage();
    let now = 1_000_000;
    const options = { reload, storage, now: () => now };

    void loadChunk(gone, options);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    now += 30_000;
    await expect(loadChunk(gone, options)).rejects.toThrow(/dynamically imported/);
    now += 31_000;
    void loadChunk(gone, options);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(2));
  });
});

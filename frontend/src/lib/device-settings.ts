import { useCallback, useState } from 'react';

/** A setting kept on this device only (localStorage), e.g. large text or the test's layout. */
export function useDeviceSetting<T extends string>(
  key: string,
  fallback: T,
  allowed: readonly T[],
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = globalThis.localStorage?.getItem(key);
      return saved != null && (allowed as readonly string[]).includes(saved) ? (saved as T) : fallback;
    } catch {
      return fallback;
    }
  });
  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        globalThis.localStorage?.setItem(key, next);
      } catch {
        /* private mode: the choice lasts for this page */
      }
    },
    [key],
  );
  return [value, update];
}

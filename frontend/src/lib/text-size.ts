import { useSyncExternalStore } from 'react';

/**
 * "Chữ lớn" (large text) for the whole app: one setting, kept on this device (localStorage, the key the lesson
 * page always used) and, once logged in, on the account (`largeText` on /me). It scales the root font size
 * (`html.text-large`), and every size in the app is in rem, so the test, forms, tables and navigation all grow.
 */
export type TextSize = 'normal' | 'large';

const KEY = 'hocvuso.textSize';
const listeners = new Set<() => void>();

function read(): TextSize {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'large' ? 'large' : 'normal';
  } catch {
    return 'normal';
  }
}

let current: TextSize = read();

function apply(size: TextSize) {
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('text-large', size === 'large');
}
apply(current);

export function getTextSize(): TextSize {
  return current;
}

export function setTextSize(size: TextSize) {
  current = size;
  try {
    globalThis.localStorage?.setItem(KEY, size);
  } catch {
    /* private mode: the choice lasts for this page */
  }
  apply(size);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTextSize(): [TextSize, (size: TextSize) => void] {
  return [useSyncExternalStore(subscribe, getTextSize, getTextSize), setTextSize];
}

/** Reads the device's choice again (a test that changes localStorage, another tab's change). */
export function reloadTextSize() {
  const saved = read();
  if (saved !== current) setTextSize(saved);
}

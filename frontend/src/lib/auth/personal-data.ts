import { tokenStore } from './session';

/**
 * Personal data the app keeps on the device besides the session: unsaved answers of a test
 * (`hocvuso.quiz.<attempt>`), video positions (`hocvuso.video.<lesson>`) and lesson progress waiting to
 * be sent (`hocvuso.progress.queue`). On a shared device it lives in the tab's sessionStorage like the
 * session itself; either way, logging out removes it. Settings of the device (language, text size, the
 * test's layout) are not personal and stay.
 */
export const PERSONAL_KEY_PREFIXES = ['hocvuso.quiz.', 'hocvuso.video.', 'hocvuso.progress.queue'] as const;

/** Where personal data goes now: this tab only when the session is kept in this tab only. */
export function personalStorage(): Storage | null {
  try {
    return (tokenStore.getPersistence() === 'tab' ? globalThis.sessionStorage : globalThis.localStorage) ?? null;
  } catch {
    return null;
  }
}

function removePersonalKeys(storage: Storage | undefined) {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key && PERSONAL_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) keys.push(key);
    }
    keys.forEach((key) => storage.removeItem(key));
  } catch {
    /* storage blocked: nothing was kept there either */
  }
}

/** At logout: no answer, position or queued report of this learner stays on the device. */
export function forgetPersonalData() {
  removePersonalKeys(globalThis.localStorage);
  removePersonalKeys(globalThis.sessionStorage);
}

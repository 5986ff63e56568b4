/**
 * After a release, a page left open still names the previous build's chunks, which the server no longer
 * has: the next lazy page fails to download. One automatic reload fetches the new build; a second failure
 * within a minute is not a release (the server or the connection is the problem), so it is shown to
 * the learner by the error boundary instead of reloading for ever.
 */
const KEY = 'hocvuso.chunkReload';
const LOOP_WINDOW_MS = 60_000;

/** The messages browsers give for a module script or a preloaded file that could not be fetched. */
const CHUNK_ERROR =
  /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|Failed to load module script/i;

export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return CHUNK_ERROR.test(message);
}

let pendingTarget: () => string | null = () => null;

/**
 * Where the learner was going when a chunk failed: the router's navigation in progress, whose URL is
 * not in the address bar yet. The one reload opens that page, not again the one the learner left.
 */
export function reloadTargetFrom(target: () => string | null) {
  pendingTarget = target;
}

function reloadTowardsTarget() {
  const target = pendingTarget();
  if (target) window.location.assign(target);
  else window.location.reload();
}

export interface ReloadOptions {
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  now?: () => number;
  reload?: () => void;
  online?: () => boolean;
}

/** Reloads the page unless it did so for the same reason less than a minute ago (or is offline). Returns whether it did. */
export function reloadOnceForNewRelease({
  storage = globalThis.sessionStorage ?? null,
  now = Date.now,
  reload = reloadTowardsTarget,
  online = () => globalThis.navigator?.onLine ?? true,
}: ReloadOptions = {}): boolean {
  // offline, a reload shows nothing better than the error page (which says so)
  if (!online() || !storage) return false;
  try {
    const last = Number(storage.getItem(KEY) ?? 0);
    if (last > 0 && now() - last < LOOP_WINDOW_MS) return false;
    storage.setItem(KEY, String(now()));
  } catch {
    return false; // without storage the loop could not be stopped: show the error instead
  }
  reload();
  return true;
}

/** Loads a lazy chunk; when it is gone after a release, reloads once (and never resolves meanwhile). */
export async function loadChunk<T>(load: () => Promise<T>, options?: ReloadOptions): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isChunkLoadError(error) && reloadOnceForNewRelease(options)) return new Promise<T>(() => undefined);
    throw error;
  }
}

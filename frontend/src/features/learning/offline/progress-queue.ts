/**
 * Lesson progress that survives a lost connection. Every report gets its own event id and is written to
 * the device (localStorage) before it is sent; it leaves the queue only when the server has answered it.
 * The progress API is idempotent by event id and keeps the larger percent and position, so sending a
 * report twice, or late, or out of order never harms (openapi.yaml, reportProgress).
 */
export interface QueuedReport {
  eventId: string;
  enrollmentId: string;
  lessonId: string;
  percent: number;
  positionSeconds: number | null;
  queuedAt: number;
  /**
   * When this lesson was first reported in the stretch the entry sums up (ms since epoch): merging keeps
   * the first one, so that a lesson read offline keeps its reading time (openapi.yaml, studiedSince).
   * Missing in entries queued by an older version of the app.
   */
  studiedSince?: number;
}

export type SendOutcome = 'sent' | 'retry' | 'drop';

export interface SyncState {
  /** Reports on the device that the server has not confirmed yet. */
  pending: number;
  /** A report is on its way. */
  syncing: boolean;
  /** The last time the server confirmed a report (ms since epoch). */
  lastSavedAt: number | null;
  /** The last attempt failed for lack of a connection (or the server could not take it). */
  waiting: boolean;
}

interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface QueueOptions {
  send: (report: QueuedReport) => Promise<SendOutcome>;
  /** Where the queue is kept; a function is asked at every use (the place may change with the session). */
  storage?: QueueStorage | null | (() => QueueStorage | null);
  isOnline?: () => boolean;
  newId?: () => string;
  now?: () => number;
  /** How long to wait before trying again after a failure. */
  retryMs?: number;
  onSent?: (report: QueuedReport) => void;
}

export const QUEUE_KEY = 'hocvuso.progress.queue';

/** A version 4 UUID, also where crypto.randomUUID is missing (pages not served over HTTPS). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function createProgressQueue({
  send,
  storage = globalThis.localStorage ?? null,
  isOnline = () => globalThis.navigator?.onLine ?? true,
  newId = uuid,
  now = Date.now,
  retryMs = 15_000,
  onSent,
}: QueueOptions) {
  const storageNow = typeof storage === 'function' ? storage : () => storage;
  let memory: QueuedReport[] = [];
  let state: SyncState = { pending: 0, syncing: false, lastSavedAt: null, waiting: false };
  let flushing: Promise<void> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();

  function read(): QueuedReport[] {
    const storage = storageNow();
    if (!storage) return memory;
    try {
      const raw = storage.getItem(QUEUE_KEY);
      return raw ? (JSON.parse(raw) as QueuedReport[]) : [];
    } catch {
      return memory;
    }
  }

  function write(items: QueuedReport[]) {
    memory = items;
    try {
      storageNow()?.setItem(QUEUE_KEY, JSON.stringify(items));
    } catch {
      /* storage full or blocked: the queue lives in memory for this page */
    }
    setState({ pending: items.length });
  }

  /** Listeners hear of a change only: an empty queue checked at start changes nothing (and stales no page's data). */
  function setState(patch: Partial<SyncState>) {
    if (Object.entries(patch).every(([key, value]) => state[key as keyof SyncState] === value)) return;
    state = { ...state, ...patch };
    listeners.forEach((listener) => listener());
  }

  function scheduleRetry() {
    if (retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void flush();
    }, retryMs);
  }

  async function run() {
    for (;;) {
      const [next] = read();
      if (!next) {
        setState({ waiting: false });
        return;
      }
      if (!isOnline()) {
        setState({ waiting: true });
        return;
      }
      setState({ syncing: true });
      let outcome: SendOutcome;
      try {
        outcome = await send(next);
      } catch {
        outcome = 'retry';
      }
      setState({ syncing: false });
      if (outcome === 'retry') {
        setState({ waiting: true });
        scheduleRetry();
        return;
      }
      // remove exactly this report: a newer one for the same lesson may have replaced it meanwhile
      write(read().filter((item) => item.eventId !== next.eventId));
      if (outcome === 'sent') {
        setState({ lastSavedAt: now(), waiting: false });
        onSent?.(next);
      }
    }
  }

  /** Sends what is queued, one report at a time and in order; resolves when done or stuck. */
  function flush(): Promise<void> {
    if (!flushing) {
      const current: Promise<void> = run().finally(() => {
        // a run that forget() let go of must not clear the run that replaced it
        if (flushing === current) flushing = null;
      });
      flushing = current;
    }
    return flushing;
  }

  /**
   * Queues a report and tries to send it. An unsent report for the same lesson is merged into this one
   * (keeping the larger values, under a new event id), so a long offline stretch leaves one report per
   * lesson, in the order the lessons were studied.
   */
  function report(input: { enrollmentId: string; lessonId: string; percent: number; positionSeconds?: number | null }) {
    const items = read();
    const entry: QueuedReport = {
      eventId: newId(),
      enrollmentId: input.enrollmentId,
      lessonId: input.lessonId,
      percent: Math.max(0, Math.min(100, Math.round(input.percent))),
      positionSeconds: input.positionSeconds == null ? null : Math.max(0, Math.round(input.positionSeconds)),
      queuedAt: now(),
      studiedSince: now(),
    };
    const index = items.findIndex(
      (item) => item.enrollmentId === entry.enrollmentId && item.lessonId === entry.lessonId,
    );
    const old = index >= 0 ? items[index] : undefined;
    if (old) {
      entry.studiedSince = old.studiedSince ?? old.queuedAt;
      entry.percent = Math.max(entry.percent, old.percent);
      if (old.positionSeconds != null)
        entry.positionSeconds = Math.max(entry.positionSeconds ?? 0, old.positionSeconds);
      items[index] = entry;
    } else {
      items.push(entry);
    }
    write(items);
    return flush();
  }

  /** The highest unsent percent and position for a lesson, to show while the server has not seen them. */
  function pendingFor(enrollmentId: string, lessonId: string): QueuedReport | undefined {
    return read().find((item) => item.enrollmentId === enrollmentId && item.lessonId === lessonId);
  }

  /** The furthest a lesson got in the reports still on the device (null: none waiting). */
  function pendingPercent(enrollmentId: string, lessonId: string): number | null {
    const reports = read().filter((item) => item.enrollmentId === enrollmentId && item.lessonId === lessonId);
    return reports.length ? Math.max(...reports.map((item) => item.percent)) : null;
  }

  // the count on the device when the page opens (reports left by an earlier visit)
  state = { ...state, pending: read().length };

  return {
    report,
    flush,
    pendingFor,
    pendingPercent,
    getState: (): SyncState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** After logout (the stored queue is removed with the rest of the learner's data): nothing is pending. */
    forget() {
      memory = [];
      // a send still hanging (a connection that never answers) must not hold the next person's queue
      flushing = null;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      setState({ pending: 0, waiting: false, lastSavedAt: null });
    },
    /** Sends whenever the connection comes back (and once now). */
    start(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
      const onOnline = () => void flush();
      target.addEventListener('online', onOnline);
      void flush();
      return () => target.removeEventListener('online', onOnline);
    },
  };
}

export type ProgressQueue = ReturnType<typeof createProgressQueue>;

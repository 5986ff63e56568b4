import type { components } from '@/lib/api/schema';

type LessonContent = components['schemas']['LessonContent'];
type CourseOutline = components['schemas']['CourseOutline'];
type LessonAudio = components['schemas']['LessonAudio'];

/**
 * Lessons kept on the device so that a whole course can be studied without a connection (issue 12): the
 * course's outline and every lesson's words, saved when the learner enrols or asks for it on the course page,
 * and, on Wi-Fi or by choice, each lesson read aloud (the MP3 as a Blob, played from a `blob:` address, which
 * the CSP allows). Kept in IndexedDB, not in the service worker's caches: the API is another origin, and the
 * service worker never stores what the API answers (see `sw/sw.js`).
 *
 * Every record is keyed by the learner's id, so one learner never reads another's copy on a shared device,
 * and logging out deletes every record of every learner (`forgetOfflineLessons`, called by `logOut`).
 */
export interface OfflineCourse {
  userId: string;
  courseId: string;
  title: string;
  savedAt: number;
  outline: CourseOutline;
  lessons: LessonContent[];
  /** The size of the words kept (the JSON), in bytes. */
  bytes: number;
}

export interface OfflineAudio {
  userId: string;
  courseId: string;
  lessonId: string;
  track: LessonAudio;
  audio: Blob;
}

/** What the app says about a course on this device. */
export interface OfflineSummary {
  lessons: number;
  audioLessons: number;
  /** Words and audio together, in bytes. */
  bytes: number;
  savedAt: number;
}

/** Where the records live: IndexedDB in the browser, a map in unit tests. */
export interface OfflineBackend {
  get<T>(store: StoreName, key: string): Promise<T | undefined>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  /** Every key of a store that starts with `prefix`. */
  keys(store: StoreName, prefix: string): Promise<string[]>;
  clear(store: StoreName): Promise<void>;
}

export type StoreName = 'courses' | 'audio';

const key = (userId: string, id: string) => `${userId}/${id}`;

export function createLessonStore(backend: () => OfflineBackend) {
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  async function audioKeys(userId: string, courseId: string) {
    const all = await backend().keys('audio', `${userId}/`);
    const found: string[] = [];
    for (const k of all) {
      const record = await backend().get<OfflineAudio>('audio', k);
      if (record?.courseId === courseId) found.push(k);
    }
    return found;
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    async saveCourse(userId: string, outline: CourseOutline, lessons: LessonContent[], now = Date.now()) {
      const bytes = new Blob([JSON.stringify({ outline, lessons })]).size;
      const record: OfflineCourse = {
        userId,
        courseId: outline.course.id,
        title: outline.course.title,
        savedAt: now,
        outline,
        lessons,
        bytes,
      };
      await backend().put('courses', key(userId, outline.course.id), record);
      changed();
      return record;
    },

    async saveAudio(userId: string, courseId: string, lessonId: string, track: LessonAudio, audio: Blob) {
      await backend().put('audio', key(userId, lessonId), {
        userId,
        courseId,
        lessonId,
        track,
        audio,
      } satisfies OfflineAudio);
      changed();
    },

    async course(userId: string, courseId: string) {
      return backend().get<OfflineCourse>('courses', key(userId, courseId));
    },

    async lesson(userId: string, courseId: string, lessonId: string) {
      const course = await backend().get<OfflineCourse>('courses', key(userId, courseId));
      return course?.lessons.find((lesson) => lesson.id === lessonId);
    },

    async audio(userId: string, lessonId: string) {
      return backend().get<OfflineAudio>('audio', key(userId, lessonId));
    },

    async summary(userId: string, courseId: string): Promise<OfflineSummary | null> {
      const course = await backend().get<OfflineCourse>('courses', key(userId, courseId));
      if (!course) return null;
      let bytes = course.bytes;
      let audioLessons = 0;
      for (const k of await audioKeys(userId, courseId)) {
        const record = await backend().get<OfflineAudio>('audio', k);
        if (record) {
          bytes += record.audio.size;
          audioLessons++;
        }
      }
      return { lessons: course.lessons.length, audioLessons, bytes, savedAt: course.savedAt };
    },

    async removeCourse(userId: string, courseId: string) {
      for (const k of await audioKeys(userId, courseId)) await backend().delete('audio', k);
      await backend().delete('courses', key(userId, courseId));
      changed();
    },

    /** At logout: nothing of any learner stays. */
    async forgetAll() {
      await backend().clear('courses');
      await backend().clear('audio');
      changed();
    },
  };
}

export type LessonStore = ReturnType<typeof createLessonStore>;

/** A map standing in for IndexedDB (unit tests, and browsers where IndexedDB is blocked). */
export function memoryBackend(): OfflineBackend {
  const stores: Record<StoreName, Map<string, unknown>> = { courses: new Map(), audio: new Map() };
  return {
    get: async <T>(store: StoreName, k: string) => stores[store].get(k) as T | undefined,
    put: async (store, k, value) => void stores[store].set(k, value),
    delete: async (store, k) => void stores[store].delete(k),
    keys: async (store, prefix) => [...stores[store].keys()].filter((k) => k.startsWith(prefix)),
    clear: async (store) => stores[store].clear(),
  };
}

const DB_NAME = 'hocvuso-offline-lessons';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** IndexedDB: one database, one object store per kind of record, keys `<userId>/<id>`. */
export function indexedDbBackend(factory: IDBFactory = globalThis.indexedDB): OfflineBackend {
  let db: Promise<IDBDatabase> | null = null;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(DB_NAME, 1);
      r.onupgradeneeded = () => {
        r.result.createObjectStore('courses');
        r.result.createObjectStore('audio');
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => {
        db = null;
        reject(r.error);
      };
    }));
  const run = async <T>(store: StoreName, mode: IDBTransactionMode, body: (s: IDBObjectStore) => IDBRequest<T>) => {
    const tx = (await open()).transaction(store, mode);
    const result = await request(body(tx.objectStore(store)));
    if (mode === 'readwrite') {
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    }
    return result;
  };
  return {
    get: <T>(store: StoreName, k: string) => run(store, 'readonly', (s) => s.get(k) as IDBRequest<T | undefined>),
    put: async (store, k, value) => void (await run(store, 'readwrite', (s) => s.put(value, k))),
    delete: async (store, k) => void (await run(store, 'readwrite', (s) => s.delete(k))),
    keys: async (store, prefix) =>
      (await run(store, 'readonly', (s) => s.getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`)))).map(String),
    clear: async (store) => void (await run(store, 'readwrite', (s) => s.clear())),
  };
}

let fallback: OfflineBackend | null = null;
/** IndexedDB where the browser has it; otherwise a map for this page (nothing then survives a reload). */
function deviceBackend(): OfflineBackend {
  if (globalThis.indexedDB) return (fallback ??= indexedDbBackend());
  return (fallback ??= memoryBackend());
}

/** The app's one store. */
export const lessonStore = createLessonStore(deviceBackend);

/** What the whole site keeps on this device and may keep (`navigator.storage.estimate`), when the browser says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    if (!estimate || estimate.usage == null || estimate.quota == null) return null;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return null;
  }
}

/** At logout (and from the store's own button): every offline lesson and audio of every learner deleted. */
export async function forgetOfflineLessons() {
  try {
    await lessonStore.forgetAll();
  } catch {
    /* IndexedDB blocked: nothing was kept there either */
  }
}

import { QUEUE_KEY } from '@/features/learning/offline/progress-queue';

/**
 * The learner's pages whose code, and whose data, the entry (src/main.tsx) asks for together with the
 * app's code, knowing the page from the address alone. Without it the router, itself part of the app's
 * code, asks for the page only once those 150 kB have arrived and run, and the page's loader asks for
 * the data only then: on a slow link, more round trips one after the other before the page can render.
 * router.tsx takes these pages' `lazy` imports from here, so both load one module; the API client hands
 * the early answers to the pages' queries (lib/api/early-requests.ts).
 */
export const learnerPages = {
  home: () => import('./routes/home'),
  course: () => import('./routes/course'),
  lesson: () => import('./routes/lesson'),
  finalTest: () => import('./routes/final-test'),
  attempt: () => import('./routes/attempt'),
};

type Page = keyof typeof learnerPages;

/** Progress reports waiting on the device: the outline and lessons are asked for only after they are sent. */
function progressQueued(): boolean {
  try {
    return [globalThis.localStorage, globalThis.sessionStorage].some((storage) => {
      const queued = storage?.getItem(QUEUE_KEY);
      return !!queued && queued !== '[]';
    });
  } catch {
    return true;
  }
}

const ENROLLMENTS = '/api/v1/enrollments?page=1&size=100';
const outline = (courseId: string) => `/api/v1/courses/${courseId}`;

/**
 * The router's paths of these pages (router.tsx) as patterns of an address, and the GETs their queries
 * make first (learningQueries, quizQueries), exactly as the API client writes them.
 */
const EARLY_PAGES: { pattern: RegExp; page: Page; data: (ids: string[], authenticated: boolean) => string[] }[] = [
  {
    pattern: /^\/$/,
    page: 'home',
    data: (_, authenticated) => ['/api/v1/courses?page=1&size=20', ...(authenticated ? [ENROLLMENTS] : [])],
  },
  {
    pattern: /^\/khoa-hoc\/([^/]+)\/?$/,
    page: 'course',
    data: ([courseId]) => (progressQueued() ? [] : [outline(courseId!)]),
  },
  {
    pattern: /^\/khoa-hoc\/([^/]+)\/bai\/([^/]+)\/?$/,
    page: 'lesson',
    data: ([courseId, lessonId], authenticated) =>
      authenticated && !progressQueued() ? [`/api/v1/courses/${courseId}/lessons/${lessonId}`, outline(courseId!)] : [],
  },
  {
    pattern: /^\/khoa-hoc\/([^/]+)\/kiem-tra\/?$/,
    page: 'finalTest',
    data: ([courseId], authenticated) => (authenticated && !progressQueued() ? [outline(courseId!), ENROLLMENTS] : []),
  },
  {
    pattern: /^\/bai-kiem-tra\/([^/]+)\/?$/,
    page: 'attempt',
    data: ([attemptId], authenticated) => (authenticated ? [`/api/v1/quiz-attempts/${attemptId}`] : []),
  },
];

/** Which of these pages an address opens, if any, and what it will ask the API first. */
export function earlyPageFor(pathname: string): { page: Page; data: (authenticated: boolean) => string[] } | undefined {
  for (const { pattern, page, data } of EARLY_PAGES) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    let ids: string[];
    try {
      // the router decodes the address's parameters and the API client encodes them again
      ids = match.slice(1).map((id) => encodeURIComponent(decodeURIComponent(id)));
    } catch {
      return undefined; // not an address the app made: the router shows what it is
    }
    return { page, data: (authenticated) => data(ids, authenticated) };
  }
  return undefined;
}

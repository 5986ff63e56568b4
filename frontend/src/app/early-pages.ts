/**
 * The learner's pages whose code the entry (src/main.tsx) requests together with the app's, knowing the
 * page from the address alone. Without it the router, itself part of the app's code, asks for the page
 * only once those 150 kB have arrived and run: one more round trip and download on a slow link before
 * the page can render. router.tsx takes these pages' `lazy` imports from here, so both load one module.
 */
export const learnerPages = {
  home: () => import('./routes/home'),
  course: () => import('./routes/course'),
  lesson: () => import('./routes/lesson'),
  finalTest: () => import('./routes/final-test'),
  attempt: () => import('./routes/attempt'),
};

/** The router's paths of these pages (router.tsx), as patterns for an address. */
const EARLY_PAGES: [RegExp, keyof typeof learnerPages][] = [
  [/^\/$/, 'home'],
  [/^\/khoa-hoc\/[^/]+\/?$/, 'course'],
  [/^\/khoa-hoc\/[^/]+\/bai\/[^/]+\/?$/, 'lesson'],
  [/^\/khoa-hoc\/[^/]+\/kiem-tra\/?$/, 'finalTest'],
  [/^\/bai-kiem-tra\/[^/]+\/?$/, 'attempt'],
];

/** Which of these pages an address opens, if any. */
export function earlyPageFor(pathname: string): keyof typeof learnerPages | undefined {
  return EARLY_PAGES.find(([pattern]) => pattern.test(pathname))?.[1];
}

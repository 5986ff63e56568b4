import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/problem';

/** Retries only what may succeed next time (no answer or a server error), twice at most. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          failures < 2 && (!(error instanceof ApiError) || error.isNetworkError || error.status >= 500),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}

/**
 * How long the learner's own progress, attempts and certificates count as fresh: long enough that a
 * page does not ask again, on mounting, for what its route's loader fetched while the page's code was
 * downloading; short enough that coming back to a page shows the progress made meanwhile.
 */
export const JUST_FETCHED_MS = 3_000;

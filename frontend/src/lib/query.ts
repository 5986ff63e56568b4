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

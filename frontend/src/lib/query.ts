import {
  keepPreviousData,
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
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

/**
 * A change sent to the API that makes the cached answers under `queryKey` out of date: once the server
 * took it, those queries ask again (and the mutation settles only when they have the new answers).
 */
export function useRefreshingMutation<V = void, R = unknown>(
  queryKey: QueryKey,
  mutationFn: (variables: V) => Promise<R>,
) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey }) });
}

/**
 * One page of a list: the page shown stays on screen while the next one loads (no flash of an empty list).
 * A list with more to say (a refresh interval, a staleness) writes `useQuery` with `keepPreviousData` itself.
 */
export function usePagedQuery<T>(queryKey: QueryKey, queryFn: () => Promise<T>) {
  return useQuery({ queryKey, queryFn, placeholderData: keepPreviousData });
}

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
// the keys and the queue only: the learning pages stay in their own chunks
import { learningKeys } from '@/features/learning/api/learning';
import { progressQueue } from '@/features/learning/offline/sync';
import { retakeKeys } from '@/features/retake/api/retake';
import { createQueryClient } from '@/lib/query';

/**
 * Every progress report the learner makes changes the outline, the enrolments and the final test's status
 * (ready once the lessons are done) on the server: they are marked stale at once (not fetched again while
 * shown), so the next page or route loader asks for them again even within the few seconds an answer
 * otherwise counts as fresh.
 */
function useProgressMakesLearningStale(client: QueryClient) {
  useEffect(
    () =>
      progressQueue.subscribe(() => {
        for (const queryKey of [
          learningKeys.outlines,
          learningKeys.enrollments,
          learningKeys.enrollmentDetails,
          retakeKeys.all,
        ]) {
          void client.invalidateQueries({ queryKey, refetchType: 'none' });
        }
      }),
    [client],
  );
}

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useProgressMakesLearningStale(client);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { PracticeFeedback } from '@/lib/api/types';
import { JUST_FETCHED_MS } from '@/lib/query';

export const retakeKeys = {
  /** Every enrolment's test status, as a prefix. */
  all: ['quiz-status'] as const,
  status: (enrollmentId: string) => ['quiz-status', enrollmentId] as const,
  review: (attemptId: string) => ['attempt-review', attemptId] as const,
  practice: (enrollmentId: string, moduleId: string) => ['practice', enrollmentId, moduleId] as const,
};

export const retakeQueries = {
  /** Where the learner stands with the final test, and when the next attempt opens. */
  status: (enrollmentId: string) =>
    queryOptions({
      queryKey: retakeKeys.status(enrollmentId),
      staleTime: JUST_FETCHED_MS,
      queryFn: () =>
        call(api.GET('/api/v1/enrollments/{enrollmentId}/quiz-status', { params: { path: { enrollmentId } } })),
    }),
  review: (attemptId: string) =>
    queryOptions({
      queryKey: retakeKeys.review(attemptId),
      queryFn: () => call(api.GET('/api/v1/quiz-attempts/{attemptId}/review', { params: { path: { attemptId } } })),
    }),
  /** A practice round: drawn anew each time the page opens, never cached between visits. */
  practice: (enrollmentId: string, moduleId: string) =>
    queryOptions({
      queryKey: retakeKeys.practice(enrollmentId, moduleId),
      staleTime: Infinity,
      gcTime: 0,
      queryFn: () =>
        call(
          api.GET('/api/v1/enrollments/{enrollmentId}/modules/{moduleId}/practice', {
            params: { path: { enrollmentId, moduleId } },
          }),
        ),
    }),
};

export function useQuizStatus(enrollmentId: string | null | undefined) {
  return useQuery({ ...retakeQueries.status(enrollmentId ?? ''), enabled: !!enrollmentId });
}

export function useAttemptReview(attemptId: string) {
  return useQuery(retakeQueries.review(attemptId));
}

export function usePractice(enrollmentId: string | null | undefined, moduleId: string) {
  return useQuery({ ...retakeQueries.practice(enrollmentId ?? '', moduleId), enabled: !!enrollmentId });
}

export function useCheckPracticeAnswer(enrollmentId: string, moduleId: string) {
  return useMutation({
    mutationFn: (answer: { questionId: string; optionId: string }): Promise<PracticeFeedback> =>
      call(
        api.POST('/api/v1/enrollments/{enrollmentId}/modules/{moduleId}/practice/check', {
          params: { path: { enrollmentId, moduleId } },
          body: answer,
        }),
      ),
  });
}

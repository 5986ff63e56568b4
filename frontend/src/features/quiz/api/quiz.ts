import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { JUST_FETCHED_MS } from '@/lib/query';
import type { AttemptResult, QuizAttempt, SavedAnswers } from '@/lib/api/types';

export const quizKeys = { attempt: (id: string) => ['attempt', id] as const };

export const quizQueries = {
  attempt: (attemptId: string) =>
    queryOptions({
      queryKey: quizKeys.attempt(attemptId),
      staleTime: JUST_FETCHED_MS,
      queryFn: () => call(api.GET('/api/v1/quiz-attempts/{attemptId}', { params: { path: { attemptId } } })),
    }),
};

export function useAttempt(attemptId: string) {
  return useQuery(quizQueries.attempt(attemptId));
}

/** Starts the final test, or returns the attempt already open. */
export function useStartAttempt() {
  return useMutation({
    mutationFn: (enrollmentId: string): Promise<QuizAttempt> =>
      call(api.POST('/api/v1/enrollments/{enrollmentId}/quiz-attempts', { params: { path: { enrollmentId } } })),
  });
}

export type Answer = { questionId: string; optionId: string | null };

export function saveAnswers(attemptId: string, answers: Answer[]): Promise<SavedAnswers> {
  return call(
    api.PUT('/api/v1/quiz-attempts/{attemptId}/answers', { params: { path: { attemptId } }, body: { answers } }),
  );
}

export function submitAttempt(attemptId: string): Promise<AttemptResult> {
  return call(api.POST('/api/v1/quiz-attempts/{attemptId}/submit', { params: { path: { attemptId } } }));
}

import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadError, Spinner } from '@/components/ui';
import { learningKeys, useEnrollment } from '@/features/learning';
import { ListenToQuestion } from '@/features/listening';
import { AttemptResultView, quizKeys, QuizRunner, useAttempt } from '@/features/quiz';
import type { QuizAttempt } from '@/lib/api/types';
import { learnerPage } from './LearnerPage';

function AttemptContent() {
  const { t } = useTranslation();
  const { attemptId = '' } = useParams();
  const queryClient = useQueryClient();
  const attempt = useAttempt(attemptId);
  const enrollment = useEnrollment(attempt.data?.enrollmentId);

  if (attempt.isPending) return <Spinner />;
  if (attempt.isError)
    return <LoadError title={t('quiz.loadError')} error={attempt.error} onRetry={() => void attempt.refetch()} />;
  const data = attempt.data;
  const courseId = enrollment.data?.courseId ?? null;

  if (data.result) {
    return (
      <>
        <h2>{t('quiz.resultTitle', { n: data.attemptNo })}</h2>
        <AttemptResultView result={data.result} courseId={courseId} />
      </>
    );
  }
  return (
    <QuizRunner
      attempt={data}
      listen={(questionId) => <ListenToQuestion key={questionId} attemptId={data.id} questionId={questionId} />}
      onSubmitted={(result) => {
        queryClient.setQueryData<QuizAttempt>(quizKeys.attempt(attemptId), {
          ...data,
          status: 'SUBMITTED',
          submittedAt: result.submittedAt,
          result,
        });
        void queryClient.invalidateQueries({ queryKey: learningKeys.enrollment(data.enrollmentId) });
        void queryClient.invalidateQueries({ queryKey: learningKeys.enrollments });
        window.scrollTo?.(0, 0);
      }}
    />
  );
}

export default learnerPage('finalTest.title', AttemptContent);

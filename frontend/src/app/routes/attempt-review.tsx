import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadError, Spinner } from '@/components/ui';
import { AttemptReviewView, useAttemptReview } from '@/features/retake';
import { learnerPage } from './LearnerPage';

function ReviewContent() {
  const { t } = useTranslation();
  const { attemptId = '' } = useParams();
  const review = useAttemptReview(attemptId);
  if (review.isPending) return <Spinner />;
  if (review.isError)
    return <LoadError title={t('retake.reviewLoadError')} error={review.error} onRetry={() => void review.refetch()} />;
  return (
    <>
      <h2>{t('quiz.resultTitle', { n: review.data.attemptNo })}</h2>
      <AttemptReviewView review={review.data} />
    </>
  );
}

/** The review of a submitted attempt: each question, the learner's answer, the right one and why. */
export default learnerPage('retake.reviewTitle', ReviewContent);

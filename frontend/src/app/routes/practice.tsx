import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, LoadError, Spinner } from '@/components/ui';
import { useCourseOutline } from '@/features/learning';
import { PracticeQuiz, usePractice } from '@/features/retake';
import { paths } from '@/lib/paths';
import { learnerPage } from './LearnerPage';

function PracticeContent() {
  const { t } = useTranslation();
  const { courseId = '', moduleId = '' } = useParams();
  const outline = useCourseOutline(courseId);
  const enrollmentId = outline.data?.enrollmentId;
  const practice = usePractice(enrollmentId, moduleId);

  if (outline.isPending || (enrollmentId && practice.isPending)) return <Spinner />;
  const error = outline.error ?? practice.error;
  if (error)
    return <LoadError title={t('retake.practiceLoadError')} error={error} onRetry={() => void practice.refetch()} />;
  if (!enrollmentId || !practice.data) {
    return (
      <Alert variant="info" title={t('finalTest.notEnrolled')}>
        <Link to={paths.course(courseId)}>{t('lesson.backToCourse')}</Link>
      </Alert>
    );
  }
  return (
    <>
      <h2>{practice.data.moduleTitle}</h2>
      {/* a new round (new draw) remounts the quiz with its own state */}
      <PracticeQuiz key={practice.dataUpdatedAt} set={practice.data} onAgain={() => void practice.refetch()} />
      <p>
        <Link to={paths.course(courseId)}>{t('lesson.backToCourse')}</Link>
      </p>
    </>
  );
}

/** The practice quiz of one module: untimed, not counted, explanations at once. */
export default learnerPage('retake.practicePageTitle', PracticeContent);

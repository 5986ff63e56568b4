import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, LoadError, Spinner } from '@/components/ui';
import {
  ContinueButton,
  learningKeys,
  onProgressSent,
  outlineProgress,
  useCourseOutline,
  useEnrollment,
} from '@/features/learning';
import { useStartAttempt } from '@/features/quiz';
import { NextAttemptInfo, retakeKeys, useQuizStatus } from '@/features/retake';
import { errorMessage } from '@/lib/api/problem';
import { paths } from '@/lib/paths';
import { learnerPage } from './LearnerPage';

function FinalTestContent() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { courseId = '' } = useParams();
  const outline = useCourseOutline(courseId);
  const enrollment = useEnrollment(outline.data?.enrollmentId);
  const status = useQuizStatus(outline.data?.enrollmentId);
  const start = useStartAttempt();
  const queryClient = useQueryClient();
  const enrollmentId = outline.data?.enrollmentId;
  // The last lesson's report can reach the server after what this page shows was read (reads already on
  // their way when the learner tapped "done" answer without it): once a report is through, read the
  // outline, the enrolment and the test's status again, or the page would say lessons are left (the status
  // LESSONS_INCOMPLETE) and offer no test.
  useEffect(
    () =>
      onProgressSent(() => {
        void queryClient.invalidateQueries({ queryKey: learningKeys.outlinesOf(courseId) });
        void queryClient.invalidateQueries({ queryKey: learningKeys.enrollmentDetails });
        if (enrollmentId) void queryClient.invalidateQueries({ queryKey: retakeKeys.status(enrollmentId) });
      }),
    [queryClient, courseId, enrollmentId],
  );

  if (outline.isPending || (outline.data?.enrollmentId && enrollment.isPending)) return <Spinner />;
  const error = outline.error ?? enrollment.error;
  if (error || !outline.data) {
    return <LoadError title={t('finalTest.loadError')} error={error} onRetry={() => void outline.refetch()} />;
  }
  const { course } = outline.data;
  const e = enrollment.data;
  if (!outline.data.enrollmentId || !e) {
    return (
      <Alert variant="info" title={t('finalTest.notEnrolled')}>
        <Link to={paths.course(courseId)}>{t('lesson.backToCourse')}</Link>
      </Alert>
    );
  }
  const progress = outlineProgress(outline.data);
  // when the next attempt opens (a new set after the cooldown, or a manager's grant)
  const waiting =
    status.data && status.data.state !== 'READY' && status.data.state !== 'IN_PROGRESS' ? status.data : null;

  const rules = (
    <ul className="facts">
      <li>{t('finalTest.ruleQuestions', { count: course.questionCount })}</li>
      <li>{t('finalTest.ruleTime', { count: course.timeLimitMinutes })}</li>
      <li>{t('finalTest.rulePass', { mark: course.passMarkPercent })}</li>
      <li>{t('finalTest.ruleAttempts', { used: e.attemptsUsed, allowed: e.attemptsAllowed })}</li>
      <li>{t('finalTest.ruleAutosave')}</li>
    </ul>
  );

  if (e.passedAt) {
    return (
      <Alert variant="success" title={t('finalTest.alreadyPassed', { score: e.bestScorePercent ?? 0 })}>
        {e.certificateCode && (
          <Link className="btn btn--primary" to={paths.myCertificate(e.certificateCode)}>
            {t('home.viewCertificate')}
          </Link>
        )}
      </Alert>
    );
  }
  if (progress.done < progress.total) {
    return (
      <div className="stack">
        {rules}
        <Alert variant="info" title={t('finalTest.lessonsLeft', { count: progress.total - progress.done })}>
          <ContinueButton enrollmentId={e.id} courseId={courseId} />
        </Alert>
      </div>
    );
  }
  return (
    <div className="stack">
      <p>{t('finalTest.intro', { course: course.title })}</p>
      {rules}
      {waiting ? (
        <NextAttemptInfo status={waiting} />
      ) : (
        <Button
          loading={start.isPending}
          loadingText={t('finalTest.starting')}
          onClick={() => start.mutate(e.id, { onSuccess: (attempt) => void navigate(paths.attempt(attempt.id)) })}
        >
          {e.attemptsUsed > 0 ? t('finalTest.startAgain') : t('finalTest.start')}
        </Button>
      )}
      {start.isError && <Alert variant="error">{errorMessage(start.error, t)}</Alert>}
    </div>
  );
}

export default learnerPage('finalTest.title', FinalTestContent);

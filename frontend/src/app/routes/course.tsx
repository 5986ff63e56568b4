import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Button, LoadError, PageTitle, ProgressBar, Spinner } from '@/components/ui';
import {
  ContinueButton,
  CourseOutlineView,
  OfflinePanel,
  outlineProgress,
  SyncStatus,
  useCourseOutline,
  useEnroll,
  useEnrollment,
} from '@/features/learning';
import { errorMessage } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/session';
import { paths } from '@/lib/paths';

export default function CoursePage() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const { status } = useSession();
  const outline = useCourseOutline(courseId);
  const enrollment = useEnrollment(outline.data?.enrollmentId);
  const enroll = useEnroll();

  if (outline.isPending) {
    return (
      <div className="stack">
        <PageTitle title={t('course.title')}>{t('course.title')}</PageTitle>
        <Spinner />
      </div>
    );
  }
  if (outline.isError) {
    return (
      <div className="stack">
        <PageTitle title={t('course.title')}>{t('course.title')}</PageTitle>
        <LoadError title={t('course.loadError')} error={outline.error} onRetry={() => void outline.refetch()} />
      </div>
    );
  }

  const data = outline.data;
  const { course } = data;
  const progress = outlineProgress(data);
  const enrolled = data.enrollmentId != null;
  const allDone = enrolled && progress.done === progress.total && progress.total > 0;
  const e = enrollment.data;

  return (
    <div className="stack">
      <PageTitle title={course.title}>{course.title}</PageTitle>
      <p>{course.description}</p>

      {!enrolled && status !== 'authenticated' && (
        <div className="card stack">
          <p>{t('course.loginToStart')}</p>
          <div className="actions">
            <Link className="btn btn--primary" to={paths.register}>
              {t('home.register')}
            </Link>
            <Link className="btn btn--secondary" to={paths.login} state={{ from: paths.course(course.id) }}>
              {t('nav.login')}
            </Link>
          </div>
        </div>
      )}

      {!enrolled && status === 'authenticated' && (
        <div className="card stack">
          <p>{t('course.enrolIntro', { lessons: course.lessonCount })}</p>
          <Button
            loading={enroll.isPending}
            loadingText={t('course.enrolling')}
            onClick={() => enroll.mutate(course.id)}
          >
            {t('course.enrol')}
          </Button>
          {enroll.isError && <Alert variant="error">{errorMessage(enroll.error, t)}</Alert>}
        </div>
      )}

      {enrolled && (
        <section aria-labelledby="course-progress" className="card stack">
          <h2 id="course-progress">{t('course.yourProgress')}</h2>
          <ProgressBar
            value={progress.percent}
            label={t('course.progressLabel')}
            text={t('course.progressText', { done: progress.done, total: progress.total, percent: progress.percent })}
          />
          <SyncStatus />
          {e?.certificateCode ? (
            <Link className="btn btn--primary" to={paths.myCertificate(e.certificateCode)}>
              {t('home.viewCertificate')}
            </Link>
          ) : (
            <ContinueButton
              enrollmentId={data.enrollmentId!}
              courseId={course.id}
              label={progress.done === 0 ? t('course.startLearning') : undefined}
            />
          )}
        </section>
      )}

      <section aria-labelledby="course-lessons">
        <h2 id="course-lessons">{t('course.lessons', { count: course.lessonCount, time: course.estimatedMinutes })}</h2>
        <CourseOutlineView outline={data} />
      </section>

      {enrolled && <OfflinePanel courseId={course.id} />}

      <section aria-labelledby="course-test" className="card stack">
        <h2 id="course-test">{t('course.finalTest')}</h2>
        <p>
          {t('course.testRules', {
            questions: course.questionCount,
            minutes: course.timeLimitMinutes,
            mark: course.passMarkPercent,
            attempts: course.maxAttempts,
          })}
        </p>
        {enrolled &&
          (allDone ? (
            <Link className="btn btn--primary" to={paths.finalTest(course.id)}>
              {e?.passedAt ? t('course.testPassed') : t('course.goToTest')}
            </Link>
          ) : (
            <p className="muted">
              <span aria-hidden="true">⊘ </span>
              {t('course.testLocked', { count: progress.total - progress.done })}
            </p>
          ))}
      </section>
    </div>
  );
}

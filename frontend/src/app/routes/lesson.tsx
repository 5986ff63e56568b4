import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadError, PageTitle, Spinner } from '@/components/ui';
import { LessonPlayer, useCourseOutline, useLesson } from '@/features/learning';
import { ListenToLesson } from '@/features/listening';
import { ApiError } from '@/lib/api/problem';
import { paths } from '@/lib/paths';
import { RequireAuth } from '../RequireAuth';

function LessonContentView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { courseId = '', lessonId = '' } = useParams();
  const outline = useCourseOutline(courseId);
  const lesson = useLesson(courseId, lessonId);

  if (lesson.isPending || outline.isPending) {
    return (
      <>
        <PageTitle title={t('lesson.title')}>{t('lesson.title')}</PageTitle>
        <Spinner />
      </>
    );
  }
  const error = lesson.error ?? outline.error;
  if (error || !lesson.data || !outline.data) {
    const locked = error instanceof ApiError && (error.code === 'lesson_locked' || error.code === 'not_enrolled');
    return (
      <>
        <PageTitle title={t('lesson.title')}>{t('lesson.title')}</PageTitle>
        <LoadError
          title={locked ? t('lesson.lockedTitle') : t('lesson.loadError')}
          error={error}
          onRetry={locked ? undefined : () => void Promise.all([lesson.refetch(), outline.refetch()])}
        >
          {error instanceof ApiError && error.isNetworkError && <p>{t('lesson.offlineSaved')}</p>}
        </LoadError>
        <p>
          <Link to={paths.course(courseId)}>{t('lesson.backToCourse')}</Link>
        </p>
      </>
    );
  }

  const content = lesson.data;
  const enrollmentId = outline.data.enrollmentId;
  const total = outline.data.course.lessonCount;
  return (
    <>
      <nav aria-label={t('lesson.breadcrumb')} className="breadcrumb">
        <Link to={paths.course(courseId)}>{outline.data.course.title}</Link>
        <span aria-hidden="true"> › </span>
        <span>{content.moduleTitle}</span>
      </nav>
      <PageTitle title={content.title}>{content.title}</PageTitle>
      <p className="muted">{t('lesson.meta', { n: content.ordinal, total, minutes: content.estimatedMinutes })}</p>
      {globalThis.navigator?.onLine === false && (
        <p role="status" className="alert alert--info">
          {t('offline.reading')}
        </p>
      )}
      {enrollmentId && (
        <ListenToLesson courseId={courseId} lessonId={content.id} blocksSelector=".lesson__body .prose" />
      )}
      {enrollmentId ? (
        <LessonPlayer
          key={content.id}
          lesson={content}
          enrollmentId={enrollmentId}
          onDone={() =>
            void navigate(
              content.nextLessonId ? paths.lesson(courseId, content.nextLessonId) : paths.finalTest(courseId),
            )
          }
        />
      ) : (
        <p>{t('lesson.notEnrolled')}</p>
      )}
      <div className="actions">
        {content.previousLessonId && (
          <Link className="btn btn--secondary" to={paths.lesson(courseId, content.previousLessonId)}>
            {t('lesson.previous')}
          </Link>
        )}
        <Link className="btn btn--secondary" to={paths.course(courseId)}>
          {t('lesson.backToCourse')}
        </Link>
      </div>
    </>
  );
}

export default function LessonPage() {
  return (
    <RequireAuth>
      <div className="stack">
        <LessonContentView />
      </div>
    </RequireAuth>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, PageTitle, ProgressBar } from '@/components/ui';
import { ContinueButton, MyPathPanel, useCourses, useMyEnrollments } from '@/features/learning';
import { useDeploymentProvince } from '@/features/provinces';
import type { PublishedCourse } from '@/lib/api/types';
import { useSession } from '@/lib/auth/session';
import { paths } from '@/lib/paths';

function hours(minutes: number, t: (key: string, values?: Record<string, unknown>) => string) {
  if (minutes < 60) return t('home.minutes', { count: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? t('home.hoursMinutes', { h, m }) : t('home.hours', { count: h });
}

function CourseCard({ course }: { course: PublishedCourse }) {
  const { t } = useTranslation();
  const { status } = useSession();
  const enrollments = useMyEnrollments(status === 'authenticated');
  const enrollment = enrollments.data?.items.find((e) => e.courseId === course.id);

  return (
    <section aria-labelledby={`course-${course.id}`} className="card course-card stack">
      <h2 id={`course-${course.id}`}>{course.title}</h2>
      <p>{course.description}</p>
      <ul className="facts">
        <li>{t('home.factModules', { modules: course.moduleCount, lessons: course.lessonCount })}</li>
        <li>{t('home.factTime', { time: hours(course.estimatedMinutes, t) })}</li>
        <li>
          {t('home.factTest', {
            questions: course.questionCount,
            minutes: course.timeLimitMinutes,
            mark: course.passMarkPercent,
          })}
        </li>
        <li>{t('home.factFree')}</li>
      </ul>
      {enrollment && (
        <ProgressBar
          value={enrollment.percent}
          label={t('course.progressLabel')}
          text={t('course.progressText', {
            done: enrollment.lessonsCompleted,
            total: enrollment.lessonsTotal,
            percent: enrollment.percent,
          })}
        />
      )}
      <div className="actions">
        {status !== 'authenticated' ? (
          <Link className="btn btn--secondary" to={paths.course(course.id)}>
            {t('home.seeLessons')}
          </Link>
        ) : enrollment ? (
          <>
            {enrollment.certificateCode ? (
              <Link className="btn btn--primary" to={paths.myCertificate(enrollment.certificateCode)}>
                {t('home.viewCertificate')}
              </Link>
            ) : (
              <ContinueButton enrollmentId={enrollment.id} courseId={course.id} />
            )}
            <Link className="btn btn--secondary" to={paths.course(course.id)}>
              {t('home.seeLessons')}
            </Link>
          </>
        ) : (
          <Link className="btn btn--primary" to={paths.course(course.id)}>
            {t('home.start')}
          </Link>
        )}
      </div>
    </section>
  );
}

/** Register or log in: once for the page, above however many courses there are. */
function Welcome() {
  const { t } = useTranslation();
  const { status } = useSession();
  if (status === 'authenticated') return null;
  return (
    <div className="actions">
      <Link className="btn btn--primary" to={paths.register}>
        {t('home.register')}
      </Link>
      <Link className="btn btn--secondary" to={paths.login}>
        {t('home.login')}
      </Link>
    </div>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const courses = useCourses();
  const { status } = useSession();
  const province = useDeploymentProvince();
  return (
    <div className="stack">
      <PageTitle title={t('common.appName')}>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.intro', province)}</p>
      <Welcome />
      {status === 'authenticated' && <MyPathPanel />}
      {courses.isPending ? (
        // as tall as a course's card on a phone: the steps below stay where they are when it arrives
        <div className="card course-card course-card--waiting" role="status">
          <span className="visually-hidden">{t('home.loadingCourses')}</span>
        </div>
      ) : courses.isError ? (
        <LoadError title={t('home.coursesError')} error={courses.error} onRetry={() => void courses.refetch()} />
      ) : courses.data.items.length === 0 ? (
        <p className="card">{t('home.noCourses')}</p>
      ) : (
        courses.data.items.map((course) => <CourseCard key={course.id} course={course} />)
      )}
      <section aria-labelledby="home-steps">
        <h2 id="home-steps">{t('home.stepsTitle')}</h2>
        <ol className="steps">
          <li>{t('home.step1')}</li>
          <li>{t('home.step2')}</li>
          <li>{t('home.step3')}</li>
        </ol>
      </section>
      <p>
        <Link to={paths.verify}>{t('home.verifyLink')}</Link>
      </p>
    </div>
  );
}

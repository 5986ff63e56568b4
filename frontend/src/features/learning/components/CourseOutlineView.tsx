import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseOutline, OutlineLesson } from '@/lib/api/types';
import { paths } from '@/lib/paths';

type LessonState = NonNullable<OutlineLesson['state']>;

const ICONS: Record<LessonState, string> = { LOCKED: '⊘', OPEN: '○', IN_PROGRESS: '◐', COMPLETED: '✓' };

/** The modules and lessons in order; each lesson says its state in words (not by colour alone). */
export function CourseOutlineView({ outline }: { outline: CourseOutline }) {
  const { t } = useTranslation();
  const enrolled = outline.enrollmentId != null;
  return (
    <ol className="modules">
      {outline.modules.map((module) => (
        <li key={module.id} className="module">
          <h3 className="module__title">
            {t('course.moduleN', { n: module.position })}: {module.title}
          </h3>
          {module.description && <p className="muted">{module.description}</p>}
          <ol className="lessons">
            {module.lessons.map((lesson) => {
              const state: LessonState | null = enrolled ? lesson.state : null;
              const meta = [
                lesson.kind === 'VIDEO' ? t('course.video') : t('course.text'),
                t('course.minutes', { count: lesson.estimatedMinutes }),
              ].join(' · ');
              const label = (
                <>
                  <span className="lesson-row__title">
                    {t('course.lessonN', { n: lesson.ordinal })}. {lesson.title}
                  </span>
                  <span className="lesson-row__meta">{meta}</span>
                </>
              );
              return (
                <li key={lesson.id} className={`lesson-row lesson-row--${(state ?? 'none').toLowerCase()}`}>
                  {state && (
                    <span className="lesson-row__state">
                      <span aria-hidden="true" className="lesson-row__icon">
                        {ICONS[state]}
                      </span>
                      <span className="lesson-row__state-text">
                        {t(`course.state.${state}`)}
                        {state === 'IN_PROGRESS' && lesson.percent != null ? ` (${lesson.percent}%)` : ''}
                      </span>
                    </span>
                  )}
                  {state && state !== 'LOCKED' ? (
                    <Link className="lesson-row__link" to={paths.lesson(outline.course.id, lesson.id)}>
                      {label}
                    </Link>
                  ) : (
                    <div className="lesson-row__link lesson-row__link--static">{label}</div>
                  )}
                </li>
              );
            })}
          </ol>
          {enrolled && (
            <p className="module__practice">
              <Link to={paths.practice(outline.course.id, module.id)}>
                {t('retake.practiceModule', { module: module.title })}
              </Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Lessons completed out of all, from the outline. */
export function outlineProgress(outline: CourseOutline): { done: number; total: number; percent: number } {
  const lessons = outline.modules.flatMap((m) => m.lessons);
  const done = lessons.filter((l) => l.state === 'COMPLETED').length;
  const total = lessons.length;
  return { done, total, percent: total ? Math.floor((done * 100) / total) : 0 };
}

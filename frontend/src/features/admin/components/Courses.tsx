import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Select, TextField } from '@/components/ui';
import { Pagination } from '@/components/ui/Pagination';
import { QueryState } from '@/components/ui/QueryState';
import { useAdminCourse, useAdminCourses, useCreateCourse, useCreateLesson, useCreateModule } from '../api/admin';
import type { AdminModule } from '../api/types';
import { apiFormErrors, textLength } from '../form-errors';
import { FormFooter } from './FormFooter';

const SLUG = /^[a-z0-9-]{3,80}$/;

function NewCourseForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCourse();
  const [slug, setSlug] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ slug?: string; title?: string }>({});
  const [other, setOther] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setOther(null);
    const e: typeof errors = {};
    if (!SLUG.test(slug)) e.slug = t('admin.validation.slug');
    const length = textLength(title.trim());
    if (length < 1 || length > 200) e.title = t('admin.validation.size', { min: 1, max: 200 });
    setErrors(e);
    if (Object.keys(e).length) return;
    create.mutate(
      // null settings take the API's defaults (80 %, 20 questions, 30 minutes, 3 attempts…)
      {
        slug,
        title: title.trim(),
        passMarkPercent: null,
        questionCount: null,
        timeLimitMinutes: null,
        maxAttempts: null,
        attemptCooldownMinutes: null,
        videoCompletionPercent: null,
        afterLastAttempt: null,
        retakeCooldownMinutes: null,
        hideAnswersUntilPassed: null,
        readingWordsPerMinute: null,
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          const mapped = apiFormErrors(error, ['slug', 'title'] as const, t);
          setErrors(mapped.fields);
          setOther(mapped.fields.slug || mapped.fields.title ? null : mapped.other);
        },
      },
    );
  }

  return (
    <form className="form stack card" onSubmit={onSubmit} noValidate aria-labelledby="new-course-title">
      <h2 id="new-course-title">{t('admin.courses.create')}</h2>
      <TextField id="course-slug" label={t('admin.courses.slug')} hint={t('admin.courses.slugHint')} value={slug} onChange={setSlug} error={errors.slug} maxLength={80} />
      <TextField id="course-title" label={t('admin.courses.title')} value={title} onChange={setTitle} error={errors.title} maxLength={200} />
      <FormFooter error={other} saving={create.isPending} onCancel={onDone} />
    </form>
  );
}

/** Every course, drafts included, with the size of its content and question bank. */
export function CourseList() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const courses = useAdminCourses(page);
  return (
    <div className="stack">
      {creating ? <NewCourseForm onDone={() => setCreating(false)} /> : <Button onClick={() => setCreating(true)}>{t('admin.courses.create')}</Button>}
      <QueryState query={courses} isEmpty={courses.data?.items.length === 0} empty={t('admin.courses.none')}>
        {courses.data && (
          <>
            <ul className="course-list">
              {courses.data.items.map((course) => (
                <li key={course.id} className="card">
                  <h2>
                    <Link to={`/quan-tri/khoa-hoc/${course.id}`}>{course.title}</Link>
                  </h2>
                  <p>
                    <span className={`badge badge--${course.status === 'PUBLISHED' ? 'achieved' : 'behind'}`}>{t(`admin.courses.statuses.${course.status}`)}</span>{' '}
                    {t('admin.courses.sizes', { modules: course.moduleCount, lessons: course.lessonCount, questions: course.activeQuestionCount })}
                  </p>
                </li>
              ))}
            </ul>
            <Pagination page={courses.data.page} totalPages={courses.data.totalPages} totalItems={courses.data.totalItems} onChange={setPage} label={t('admin.courses.title')} />
          </>
        )}
      </QueryState>
    </div>
  );
}

function NewModuleForm({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const create = useCreateModule(courseId);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const length = textLength(title.trim());
    if (length < 1 || length > 200) return setError(t('admin.validation.size', { min: 1, max: 200 }));
    setError(undefined);
    create.mutate(
      { title: title.trim() },
      {
        onSuccess: () => setTitle(''),
        onError: (e) => {
          const mapped = apiFormErrors(e, ['title'] as const, t);
          setError(mapped.fields.title ?? mapped.other ?? undefined);
        },
      },
    );
  }
  return (
    <form className="form inline-form" onSubmit={onSubmit} noValidate>
      <TextField id="new-module" label={t('admin.courses.newModule')} value={title} onChange={setTitle} error={error} maxLength={200} />
      <Button type="submit" variant="secondary" loading={create.isPending} loadingText={t('admin.saving')}>
        {t('admin.courses.addModule')}
      </Button>
    </form>
  );
}

function NewLessonForm({ courseId, module }: { courseId: string; module: AdminModule }) {
  const { t } = useTranslation();
  const create = useCreateLesson(courseId);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'TEXT' | 'VIDEO'>('TEXT');
  const [videoUrl, setVideoUrl] = useState('');
  const [errors, setErrors] = useState<{ title?: string; videoUrl?: string }>({});
  const [other, setOther] = useState<string | null>(null);
  const id = `m${module.position}`;
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setOther(null);
    const e: typeof errors = {};
    const length = textLength(title.trim());
    if (length < 1 || length > 200) e.title = t('admin.validation.size', { min: 1, max: 200 });
    if (kind === 'VIDEO' && !/^(\/|https:\/\/)/.test(videoUrl.trim())) e.videoUrl = t('admin.validation.mediaUrl');
    setErrors(e);
    if (Object.keys(e).length) return;
    create.mutate(
      {
        moduleId: module.id,
        body:
          kind === 'VIDEO'
            ? { title: title.trim(), kind, videoUrl: videoUrl.trim(), estimatedMinutes: null }
            : { title: title.trim(), kind, estimatedMinutes: null },
      },
      {
        onSuccess: () => {
          setTitle('');
          setVideoUrl('');
        },
        onError: (error) => {
          const mapped = apiFormErrors(error, ['title', 'videoUrl'] as const, t);
          setErrors(mapped.fields);
          setOther(mapped.other);
        },
      },
    );
  }
  return (
    <form className="form stack" onSubmit={onSubmit} noValidate aria-label={t('admin.courses.addLessonTo', { module: module.title })}>
      <TextField id={`${id}-lesson-title`} label={t('admin.courses.newLesson')} value={title} onChange={setTitle} error={errors.title} maxLength={200} />
      <Select
        id={`${id}-lesson-kind`}
        label={t('admin.lesson.kind')}
        value={kind}
        onChange={(v) => setKind(v as 'TEXT' | 'VIDEO')}
        options={[
          { value: 'TEXT', label: t('admin.lesson.kinds.TEXT') },
          { value: 'VIDEO', label: t('admin.lesson.kinds.VIDEO') },
        ]}
      />
      {kind === 'VIDEO' && (
        <TextField id={`${id}-lesson-video`} label={t('admin.lesson.videoUrl')} hint={t('admin.lesson.mediaHint')} value={videoUrl} onChange={setVideoUrl} error={errors.videoUrl} />
      )}
      {other && (
        <Alert variant="error" title={t('admin.saveFailed')}>
          <p>{other}</p>
        </Alert>
      )}
      <div className="actions">
        <Button type="submit" variant="secondary" loading={create.isPending} loadingText={t('admin.saving')}>
          {t('admin.courses.addLesson')}
        </Button>
      </div>
    </form>
  );
}

/** A course's modules and lessons in order, each lesson opening its editor. */
export function CourseOutline({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useAdminCourse(courseId);
  const data = course.data;
  return (
    <QueryState query={course}>
      {data && (
        <div className="stack">
          <p>
            <span className={`badge badge--${data.status === 'PUBLISHED' ? 'achieved' : 'behind'}`}>{t(`admin.courses.statuses.${data.status}`)}</span>{' '}
            {t('admin.courses.testRules', { pass: data.passMarkPercent, questions: data.questionCount, minutes: data.timeLimitMinutes, attempts: data.maxAttempts })}
          </p>
          <p>
            <Link to={`/quan-tri/khoa-hoc/${courseId}/cau-hoi`}>{t('admin.courses.questionsLink', { count: data.activeQuestionCount })}</Link>
          </p>
          {data.modules.length === 0 && <p className="empty-state">{t('admin.courses.noModules')}</p>}
          {data.modules.map((module) => (
            <section key={module.id} className="card stack" aria-labelledby={`module-${module.id}`}>
              <h2 id={`module-${module.id}`}>
                {t('admin.courses.moduleN', { n: module.position })}: {module.title}
              </h2>
              {module.lessons.length === 0 ? (
                <p className="empty-state">{t('admin.courses.noLessons')}</p>
              ) : (
                <ol className="lesson-list">
                  {module.lessons.map((lesson) => (
                    <li key={lesson.id}>
                      <Link to={`/quan-tri/bai-hoc/${lesson.id}`}>{lesson.title}</Link>{' '}
                      <span className="muted">
                        ({t(`admin.lesson.kinds.${lesson.kind}`)}, {t('admin.courses.minutes', { count: lesson.estimatedMinutes })})
                      </span>
                    </li>
                  ))}
                </ol>
              )}
              <details>
                <summary>{t('admin.courses.addLessonTo', { module: module.title })}</summary>
                <NewLessonForm courseId={courseId} module={module} />
              </details>
            </section>
          ))}
          <NewModuleForm courseId={courseId} />
        </div>
      )}
    </QueryState>
  );
}

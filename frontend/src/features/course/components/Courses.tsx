import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Select, TextField } from '@/components/ui';
import { FormFooter } from '@/components/ui/FormFooter';
import { SaveResult } from '@/components/ui/FormMessages';
import { PagedList } from '@/components/ui/PagedList';
import { QueryState } from '@/components/ui/QueryState';
import { sizeError } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import {
  useAdminCourse,
  useAdminCourses,
  useCreateCourse,
  useCreateLesson,
  useCreateModule,
} from '../api/course-admin';
import type { AdminCourse, AdminModule } from '@/lib/api/types';
import { lessonKinds } from './LessonEditor';

const SLUG = /^[a-z0-9-]{3,80}$/;

function NewCourseForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCourse();
  const form = useApiForm({
    initial: { slug: '', title: '' },
    fields: ['slug', 'title'],
    fieldId: (field) => `course-${field}`,
    validate: ({ slug, title }) => ({
      ...(SLUG.test(slug) ? {} : { slug: { key: 'admin.validation.slug' } }),
      ...sizeError('title', title, 1, 200),
    }),
  });
  const onSubmit = form.submit(async ({ slug, title }) => {
    // null settings take the API's defaults (80 %, 20 questions, 30 minutes, 3 attempts…)
    await create.mutateAsync({
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
    });
    onDone();
  });

  return (
    <form className="form stack card" onSubmit={onSubmit} noValidate aria-labelledby="new-course-title">
      <h2 id="new-course-title">{t('admin.courses.create')}</h2>
      <TextField
        {...form.field('slug')}
        label={t('admin.courses.slug')}
        hint={t('admin.courses.slugHint')}
        maxLength={80}
      />
      <TextField {...form.field('title')} label={t('admin.courses.title')} maxLength={200} />
      <FormFooter
        error={form.errors.slug || form.errors.title ? null : form.formError}
        saving={create.isPending}
        onCancel={onDone}
      />
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
      {creating ? (
        <NewCourseForm onDone={() => setCreating(false)} />
      ) : (
        <Button onClick={() => setCreating(true)}>{t('admin.courses.create')}</Button>
      )}
      <PagedList query={courses} empty={t('admin.courses.none')} pagesLabel={t('admin.courses.title')} onPage={setPage}>
        {(data) => (
          <ul className="course-list">
            {data.items.map((course) => (
              <li key={course.id} className="card">
                <h2>
                  <Link to={`/quan-tri/khoa-hoc/${course.id}`}>{course.title}</Link>
                </h2>
                <p>
                  <CourseStatus status={course.status} />{' '}
                  {t('admin.courses.sizes', {
                    modules: course.moduleCount,
                    lessons: course.lessonCount,
                    questions: course.activeQuestionCount,
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}

function NewModuleForm({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const create = useCreateModule(courseId);
  const form = useApiForm({
    initial: { title: '' },
    fields: ['title'],
    validate: ({ title }) => sizeError('title', title, 1, 200),
  });
  const onSubmit = form.submit(async ({ title }) => {
    await create.mutateAsync({ title: title.trim() });
    form.set('title', '');
  });
  return (
    <form className="form inline-form" onSubmit={onSubmit} noValidate>
      <TextField
        id="new-module"
        label={t('admin.courses.newModule')}
        value={form.values.title}
        onChange={(v) => form.set('title', v)}
        error={form.errors.title ?? form.formError ?? undefined}
        maxLength={200}
      />
      <Button type="submit" variant="secondary" loading={create.isPending} loadingText={t('admin.saving')}>
        {t('admin.courses.addModule')}
      </Button>
    </form>
  );
}

function NewLessonForm({ courseId, module }: { courseId: string; module: AdminModule }) {
  const { t } = useTranslation();
  const create = useCreateLesson(courseId);
  const form = useApiForm({
    initial: { title: '', kind: 'TEXT' as 'TEXT' | 'VIDEO', videoUrl: '' },
    fields: ['title', 'videoUrl'],
    fieldId: (name) => `m${module.position}-lesson-${name === 'videoUrl' ? 'video' : name}`,
    validate: ({ title, kind, videoUrl }) => ({
      ...sizeError('title', title, 1, 200),
      ...(kind === 'VIDEO' && !/^(\/|https:\/\/)/.test(videoUrl.trim())
        ? { videoUrl: { key: 'admin.validation.mediaUrl' } }
        : {}),
    }),
  });
  const { title, kind, videoUrl } = form.values;
  const onSubmit = form.submit(async () => {
    await create.mutateAsync({
      moduleId: module.id,
      body:
        kind === 'VIDEO'
          ? { title: title.trim(), kind, videoUrl: videoUrl.trim(), estimatedMinutes: null }
          : { title: title.trim(), kind, estimatedMinutes: null },
    });
    form.setValues((current) => ({ ...current, title: '', videoUrl: '' }));
  });
  return (
    <form
      className="form stack"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('admin.courses.addLessonTo', { module: module.title })}
    >
      <TextField {...form.field('title')} label={t('admin.courses.newLesson')} maxLength={200} />
      <Select {...form.field('kind')} label={t('admin.lesson.kind')} options={lessonKinds(t)} />
      {kind === 'VIDEO' && (
        <TextField {...form.field('videoUrl')} label={t('admin.lesson.videoUrl')} hint={t('admin.lesson.mediaHint')} />
      )}
      <SaveResult error={form.formError} />
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
            <CourseStatus status={data.status} />{' '}
            {t('admin.courses.testRules', {
              pass: data.passMarkPercent,
              questions: data.questionCount,
              minutes: data.timeLimitMinutes,
              attempts: data.maxAttempts,
            })}
          </p>
          <p>
            <Link to={`/quan-tri/khoa-hoc/${courseId}/cau-hoi`}>
              {t('admin.courses.questionsLink', { count: data.activeQuestionCount })}
            </Link>
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
                        ({t(`admin.lesson.kinds.${lesson.kind}`)},{' '}
                        {t('admin.courses.minutes', { count: lesson.estimatedMinutes })})
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

/** A course's status as a badge: published (green) or a draft still being written. */
function CourseStatus({ status }: { status: AdminCourse['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status === 'PUBLISHED' ? 'achieved' : 'behind'}`}>
      {t(`admin.courses.statuses.${status}`)}
    </span>
  );
}

import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Select, TextField } from '@/components/ui';
import { SaveResult } from '@/components/ui/FormMessages';
import { sizeError, textLength, type FieldErrors } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { useUpdateLesson } from '../api/course-admin';
import type { AdminLesson, AdminUpdateLessonRequest } from '@/lib/api/types';
import { MarkdownEditor } from './MarkdownEditor';

const FIELDS = [
  'title',
  'kind',
  'bodyMarkdown',
  'videoUrl',
  'videoDurationSeconds',
  'captionsUrl',
  'estimatedMinutes',
] as const;
type Field = (typeof FIELDS)[number];
const MEDIA_URL = /^(\/|https:\/\/)/;

/** The kinds of lesson, as a select's options. */
export const lessonKinds = (t: TFunction) => [
  { value: 'TEXT', label: t('admin.lesson.kinds.TEXT') },
  { value: 'VIDEO', label: t('admin.lesson.kinds.VIDEO') },
];

interface LessonValues {
  title: string;
  kind: AdminLesson['kind'];
  bodyMarkdown: string;
  videoUrl: string;
  videoDurationSeconds: string;
  captionsUrl: string;
  estimatedMinutes: string;
}

function validateLesson(v: LessonValues): FieldErrors<Field> {
  const e: FieldErrors<Field> = sizeError('title', v.title, 1, 200);
  if (textLength(v.bodyMarkdown) > 50000) e.bodyMarkdown = { key: 'admin.validation.max', values: { max: 50000 } };
  if (v.kind === 'VIDEO') {
    if (!v.videoUrl.trim()) e.videoUrl = { key: 'admin.validation.videoRequired' };
    else if (!MEDIA_URL.test(v.videoUrl.trim()) || v.videoUrl.length > 2000)
      e.videoUrl = { key: 'admin.validation.mediaUrl' };
    const duration = v.videoDurationSeconds;
    if (duration && !(Number.isInteger(Number(duration)) && Number(duration) >= 1))
      e.videoDurationSeconds = { key: 'admin.validation.min', values: { min: 1 } };
    if (v.captionsUrl.trim() && (!MEDIA_URL.test(v.captionsUrl.trim()) || v.captionsUrl.length > 2000))
      e.captionsUrl = { key: 'admin.validation.mediaUrl' };
  }
  const m = Number(v.estimatedMinutes);
  if (!Number.isInteger(m) || m < 1 || m > 600)
    e.estimatedMinutes = { key: 'admin.validation.range', values: { min: 1, max: 600 } };
  return e;
}

/** Edits one lesson: the same limits as the API (title 1–200, body ≤ 50,000, video needs an address). */
export function LessonEditor({ lesson }: { lesson: AdminLesson }) {
  const { t } = useTranslation();
  const update = useUpdateLesson(lesson.id);
  const form = useApiForm<LessonValues, Field>({
    initial: {
      title: lesson.title,
      kind: lesson.kind,
      bodyMarkdown: lesson.bodyMarkdown,
      videoUrl: lesson.videoUrl ?? '',
      videoDurationSeconds: lesson.videoDurationSeconds?.toString() ?? '',
      captionsUrl: lesson.captionsUrl ?? '',
      estimatedMinutes: lesson.estimatedMinutes.toString(),
    },
    fields: FIELDS,
    validate: validateLesson,
  });
  const { values } = form;

  const onSubmit = form.submit(async (v) => {
    const request: AdminUpdateLessonRequest = {
      title: v.title.trim(),
      kind: v.kind,
      bodyMarkdown: v.bodyMarkdown,
      estimatedMinutes: Number(v.estimatedMinutes),
    };
    if (v.kind === 'VIDEO') {
      request.videoUrl = v.videoUrl.trim();
      request.videoDurationSeconds = v.videoDurationSeconds ? Number(v.videoDurationSeconds) : null;
      // an empty string removes the captions (the contract's rule)
      request.captionsUrl = v.captionsUrl.trim();
    }
    await update.mutateAsync(request);
    form.setNotice({ variant: 'success', text: t('admin.saved') });
  });

  return (
    <form className="form stack" noValidate onSubmit={onSubmit}>
      {lesson.retired && <Alert variant="info" title={t('admin.lesson.retired')} />}
      <TextField {...form.field('title')} label={t('admin.lesson.title')} maxLength={200} />
      <Select {...form.field('kind')} label={t('admin.lesson.kind')} options={lessonKinds(t)} />
      {values.kind === 'VIDEO' && (
        <>
          <TextField
            {...form.field('videoUrl')}
            label={t('admin.lesson.videoUrl')}
            hint={t('admin.lesson.mediaHint')}
          />
          <TextField
            {...form.field('videoDurationSeconds')}
            label={t('admin.lesson.videoDuration')}
            inputMode="numeric"
            optional
          />
          <TextField
            {...form.field('captionsUrl')}
            label={t('admin.lesson.captionsUrl')}
            hint={t('admin.lesson.captionsHint')}
            optional
          />
        </>
      )}
      <TextField {...form.field('estimatedMinutes')} label={t('admin.lesson.minutes')} inputMode="numeric" />
      <MarkdownEditor
        {...form.field('bodyMarkdown')}
        label={t('admin.lesson.body')}
        hint={t('admin.lesson.bodyHint')}
        maxLength={50000}
      />
      <SaveResult error={form.formError} notice={form.notice} />
      <div className="actions">
        <Button type="submit" loading={update.isPending} loadingText={t('admin.saving')} disabled={lesson.retired}>
          {t('admin.lesson.save')}
        </Button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Select, TextField } from '@/components/ui';
import { useUpdateLesson } from '../api/admin';
import type { AdminLesson, AdminUpdateLessonRequest } from '../api/types';
import { apiFormErrors, textLength } from '../form-errors';
import { MarkdownEditor } from './MarkdownEditor';

const FIELDS = ['title', 'kind', 'bodyMarkdown', 'videoUrl', 'videoDurationSeconds', 'captionsUrl', 'estimatedMinutes'] as const;
type Field = (typeof FIELDS)[number];
const MEDIA_URL = /^(\/|https:\/\/)/;

/** Edits one lesson: the same limits as the API (title 1–200, body ≤ 50,000, video needs an address). */
export function LessonEditor({ lesson }: { lesson: AdminLesson }) {
  const { t } = useTranslation();
  const update = useUpdateLesson(lesson.id);
  const [title, setTitle] = useState(lesson.title);
  const [kind, setKind] = useState(lesson.kind);
  const [body, setBody] = useState(lesson.bodyMarkdown);
  const [videoUrl, setVideoUrl] = useState(lesson.videoUrl ?? '');
  const [duration, setDuration] = useState(lesson.videoDurationSeconds?.toString() ?? '');
  const [captionsUrl, setCaptionsUrl] = useState(lesson.captionsUrl ?? '');
  const [minutes, setMinutes] = useState(lesson.estimatedMinutes.toString());
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [other, setOther] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  function validate(): Partial<Record<Field, string>> {
    const e: Partial<Record<Field, string>> = {};
    const titleLength = textLength(title.trim());
    if (titleLength < 1 || titleLength > 200) e.title = t('admin.validation.size', { min: 1, max: 200 });
    if (textLength(body) > 50000) e.bodyMarkdown = t('admin.validation.max', { max: 50000 });
    if (kind === 'VIDEO') {
      if (!videoUrl.trim()) e.videoUrl = t('admin.validation.videoRequired');
      else if (!MEDIA_URL.test(videoUrl.trim()) || videoUrl.length > 2000) e.videoUrl = t('admin.validation.mediaUrl');
      if (duration && !(Number.isInteger(Number(duration)) && Number(duration) >= 1)) e.videoDurationSeconds = t('admin.validation.min', { min: 1 });
      if (captionsUrl.trim() && (!MEDIA_URL.test(captionsUrl.trim()) || captionsUrl.length > 2000)) e.captionsUrl = t('admin.validation.mediaUrl');
    }
    const m = Number(minutes);
    if (!Number.isInteger(m) || m < 1 || m > 600) e.estimatedMinutes = t('admin.validation.range', { min: 1, max: 600 });
    return e;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setOther(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const request: AdminUpdateLessonRequest = {
      title: title.trim(),
      kind,
      bodyMarkdown: body,
      estimatedMinutes: Number(minutes),
    };
    if (kind === 'VIDEO') {
      request.videoUrl = videoUrl.trim();
      request.videoDurationSeconds = duration ? Number(duration) : null;
      // an empty string removes the captions (the contract's rule)
      request.captionsUrl = captionsUrl.trim();
    }
    update.mutate(request, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        const mapped = apiFormErrors(error, FIELDS, t);
        setErrors(mapped.fields);
        setOther(mapped.other);
      },
    });
  }

  return (
    <form className="form stack" noValidate onSubmit={onSubmit}>
      {lesson.retired && <Alert variant="info" title={t('admin.lesson.retired')} />}
      <TextField id="title" label={t('admin.lesson.title')} value={title} onChange={setTitle} error={errors.title} maxLength={200} />
      <Select
        id="kind"
        label={t('admin.lesson.kind')}
        value={kind}
        onChange={(value) => setKind(value as AdminLesson['kind'])}
        options={[
          { value: 'TEXT', label: t('admin.lesson.kinds.TEXT') },
          { value: 'VIDEO', label: t('admin.lesson.kinds.VIDEO') },
        ]}
        error={errors.kind}
      />
      {kind === 'VIDEO' && (
        <>
          <TextField id="videoUrl" label={t('admin.lesson.videoUrl')} hint={t('admin.lesson.mediaHint')} value={videoUrl} onChange={setVideoUrl} error={errors.videoUrl} />
          <TextField
            id="videoDurationSeconds"
            label={t('admin.lesson.videoDuration')}
            inputMode="numeric"
            optional
            value={duration}
            onChange={setDuration}
            error={errors.videoDurationSeconds}
          />
          <TextField
            id="captionsUrl"
            label={t('admin.lesson.captionsUrl')}
            hint={t('admin.lesson.captionsHint')}
            optional
            value={captionsUrl}
            onChange={setCaptionsUrl}
            error={errors.captionsUrl}
          />
        </>
      )}
      <TextField id="estimatedMinutes" label={t('admin.lesson.minutes')} inputMode="numeric" value={minutes} onChange={setMinutes} error={errors.estimatedMinutes} />
      <MarkdownEditor
        id="bodyMarkdown"
        label={t('admin.lesson.body')}
        hint={t('admin.lesson.bodyHint')}
        value={body}
        onChange={setBody}
        error={errors.bodyMarkdown}
        maxLength={50000}
      />
      {other && (
        <Alert variant="error" title={t('admin.saveFailed')}>
          <p>{other}</p>
        </Alert>
      )}
      {saved && <Alert variant="success" title={t('admin.saved')} />}
      <div className="actions">
        <Button type="submit" loading={update.isPending} loadingText={t('admin.saving')} disabled={lesson.retired}>
          {t('admin.lesson.save')}
        </Button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Select, TextField } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { SaveResult } from '@/components/ui/FormMessages';
import { QueryState } from '@/components/ui/QueryState';
import type { LearningPath } from '@/lib/api/types';
import { sizeError, type FieldErrors } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { useAdminCourses } from '../api/course-admin';
import { useAdminPaths, useUpdatePath } from '../api/path-admin';

const FIELDS = ['name', 'courseIds', 'certifyingCourseId'] as const;
type Field = (typeof FIELDS)[number];

interface PathValues {
  name: string;
  courseIds: string[];
  certifyingCourseId: string;
}

interface CourseChoice {
  id: string;
  title: string;
}

/** One group's path: its name, its courses in order (add, move, remove), the certifying one; saved whole. */
function PathForm({ path, published }: { path: LearningPath; published: CourseChoice[] }) {
  const { t } = useTranslation();
  const save = useUpdatePath();
  const [adding, setAdding] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useApiForm<PathValues, Field>({
    initial: {
      name: path.name,
      courseIds: path.courses.map((c) => c.id),
      certifyingCourseId: path.certifyingCourseId,
    },
    fields: FIELDS,
    // `courseIds[1]` (a course not published) belongs to the list
    fieldOf: (apiField) => (apiField.startsWith('courseIds') ? 'courseIds' : (apiField as Field)),
    validate: (v) => {
      const errors: FieldErrors<Field> = sizeError('name', v.name, 1, 200);
      if (v.courseIds.length === 0) errors.courseIds = { key: 'admin.paths.noCourses' };
      else if (!v.courseIds.includes(v.certifyingCourseId))
        errors.certifyingCourseId = { key: 'admin.paths.certifyingNotInPath' };
      return errors;
    },
  });
  const titles = new Map<string, string>([
    ...path.courses.map((c) => [c.id, c.title] as [string, string]),
    ...published.map((c) => [c.id, c.title] as [string, string]),
  ]);
  const { courseIds, certifyingCourseId } = form.values;
  const addable = published.filter((c) => !courseIds.includes(c.id));
  const group = path.learnerGroup;

  function move(index: number, by: number) {
    const next = [...courseIds];
    next.splice(index + by, 0, ...next.splice(index, 1));
    form.set('courseIds', next);
  }

  async function send(values: PathValues) {
    setConfirming(false);
    try {
      await save.mutateAsync({
        group,
        body: {
          name: values.name.trim(),
          courseIds: values.courseIds,
          certifyingCourseId: values.certifyingCourseId,
          version: path.version,
        },
      });
      form.setNotice({ variant: 'success', text: t('admin.saved') });
    } catch (error) {
      form.fail(error);
    }
  }

  // Changing what certifies the group changes the statistics: said and confirmed first.
  const onSubmit = form.submit((values) =>
    values.certifyingCourseId === path.certifyingCourseId ? send(values) : setConfirming(true),
  );

  return (
    <form className="form stack card" onSubmit={onSubmit} noValidate aria-labelledby={`path-${group}`}>
      <h2 id={`path-${group}`}>{t(`admin.paths.groups.${group}`)}</h2>
      <TextField {...form.field('name')} id={`path-${group}-name`} label={t('admin.paths.name')} maxLength={200} />
      <fieldset aria-describedby={form.errors.courseIds ? `path-${group}-courses-error` : undefined}>
        <legend>{t('admin.paths.courses')}</legend>
        {form.errors.courseIds && (
          <p className="field__error" id={`path-${group}-courses-error`}>
            {form.errors.courseIds}
          </p>
        )}
        <ol className="stack">
          {courseIds.map((id, index) => (
            <li key={id} className="inline-form">
              <label>
                <input
                  type="radio"
                  name={`path-${group}-certifying`}
                  checked={certifyingCourseId === id}
                  onChange={() => form.set('certifyingCourseId', id)}
                />{' '}
                {titles.get(id) ?? id}
                {certifyingCourseId === id && <strong> {t('admin.paths.certifying')}</strong>}
              </label>
              <Button
                variant="secondary"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={t('admin.paths.moveUp', { title: titles.get(id) })}
              >
                {t('admin.paths.up')}
              </Button>
              <Button
                variant="secondary"
                disabled={index === courseIds.length - 1}
                onClick={() => move(index, 1)}
                aria-label={t('admin.paths.moveDown', { title: titles.get(id) })}
              >
                {t('admin.paths.down')}
              </Button>
              <Button
                variant="secondary"
                disabled={certifyingCourseId === id}
                onClick={() =>
                  form.set(
                    'courseIds',
                    courseIds.filter((c) => c !== id),
                  )
                }
                aria-label={t('admin.paths.removeCourse', { title: titles.get(id) })}
              >
                {t('admin.paths.remove')}
              </Button>
            </li>
          ))}
        </ol>
        {form.errors.certifyingCourseId && <p className="field__error">{form.errors.certifyingCourseId}</p>}
      </fieldset>
      {addable.length > 0 && (
        <div className="inline-form">
          <Select
            id={`path-${group}-add`}
            label={t('admin.paths.addCourse')}
            value={adding}
            onChange={setAdding}
            options={[
              { value: '', label: t('admin.paths.chooseCourse') },
              ...addable.map((c) => ({ value: c.id, label: c.title })),
            ]}
          />
          <Button
            variant="secondary"
            disabled={!adding}
            onClick={() => {
              form.set('courseIds', [...courseIds, adding]);
              setAdding('');
            }}
          >
            {t('admin.paths.add')}
          </Button>
        </div>
      )}
      <SaveResult error={form.formError} notice={form.notice} />
      <div className="actions">
        <Button type="submit" loading={save.isPending} loadingText={t('admin.saving')}>
          {t('admin.paths.save')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('admin.paths.confirmTitle')}
        confirmLabel={t('admin.paths.confirm')}
        busy={save.isPending}
        onConfirm={() => void send(form.values)}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {t('admin.paths.confirmBody', {
            group: t(`admin.paths.groups.${group}`),
            course: titles.get(certifyingCourseId),
          })}
        </p>
      </ConfirmDialog>
    </form>
  );
}

/** Each learner group's learning path, edited by the province administrator. */
export function LearningPaths() {
  const { t } = useTranslation();
  const paths = useAdminPaths();
  const courses = useAdminCourses(1);
  const published = (courses.data?.items ?? [])
    .filter((c) => c.status === 'PUBLISHED')
    .map((c) => ({ id: c.id, title: c.title }));
  const items = paths.data?.items ?? [];
  return (
    <div className="stack">
      <p>{t('admin.paths.intro')}</p>
      <QueryState query={paths} isEmpty={items.length === 0} empty={t('admin.paths.none')}>
        {items.map((path) => (
          <PathForm key={`${path.learnerGroup}-${path.version}`} path={path} published={published} />
        ))}
      </QueryState>
    </div>
  );
}

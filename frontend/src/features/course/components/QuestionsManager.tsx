import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, RadioGroup, Select, TextField } from '@/components/ui';
import { AddOrEdit, RowActions, type Editing } from '@/components/ui/ItemEditor';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { FormFooter } from '@/components/ui/FormFooter';
import { PagedList } from '@/components/ui/PagedList';
import { SaveResult } from '@/components/ui/FormMessages';
import { sizeError, textLength, type FieldErrors } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { useConfirmedMutation } from '@/lib/use-confirmed-mutation';
import { useAdminCourse, useDeactivateQuestion, useQuestions, useSaveQuestion } from '../api/course-admin';
import type { AdminModule, AdminQuestion } from '@/lib/api/types';

const LETTERS = 'abcdef';
type Field = 'moduleId' | 'prompt' | 'options' | 'correctOption' | 'explanation' | `options.${number}`;
const OPTION_FIELDS = Array.from(LETTERS, (_, i) => `options.${i}` as const);
const FIELDS: readonly Field[] = ['moduleId', 'prompt', 'options', ...OPTION_FIELDS, 'correctOption', 'explanation'];

interface QuestionValues {
  moduleId: string;
  prompt: string;
  options: string[];
  correctOption: string;
  explanation: string;
}

function validateQuestion(v: QuestionValues): FieldErrors<Field> {
  const e: FieldErrors<Field> = { ...sizeError('prompt', v.prompt, 1, 1000) };
  if (!v.moduleId) e.moduleId = { key: 'admin.questions.moduleRequired' };
  v.options.forEach((text, i) => Object.assign(e, sizeError(`options.${i}`, text, 1, 500)));
  if (!v.options.some((_, i) => LETTERS[i] === v.correctOption))
    e.correctOption = { key: 'admin.questions.correctRequired' };
  if (textLength(v.explanation) > 2000) e.explanation = { key: 'admin.validation.max', values: { max: 2000 } };
  return e;
}

function QuestionForm({
  courseId,
  modules,
  question,
  onDone,
}: {
  courseId: string;
  modules: AdminModule[];
  question: AdminQuestion | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveQuestion(courseId);
  const form = useApiForm<QuestionValues, Field>({
    initial: {
      moduleId: question?.moduleId ?? modules[0]?.id ?? '',
      prompt: question?.prompt ?? '',
      options: question?.options.map((o) => o.text) ?? ['', '', ''],
      correctOption: question?.correctOption ?? '',
      explanation: question?.explanation ?? '',
    },
    fields: FIELDS,
    validate: validateQuestion,
    // the API names an option's text `options[1].text`
    fieldOf: (apiField) => apiField.replace(/^options\[(\d+)\]\.text$/, 'options.$1') as Field,
  });
  const { options, correctOption } = form.values;
  const setOptions = (next: string[]) => form.setValues((current) => ({ ...current, options: next }));

  const onSubmit = form.submit(async (v) => {
    const body = {
      moduleId: v.moduleId,
      prompt: v.prompt.trim(),
      options: v.options.map((text, i) => ({ id: LETTERS[i]!, text: text.trim() })),
      correctOption: v.correctOption,
      explanation: v.explanation.trim(),
    };
    await save.mutateAsync(question ? { id: question.id, body } : { id: null, body });
    onDone();
  });

  return (
    <form className="form stack card" onSubmit={onSubmit} noValidate aria-labelledby="question-form-title">
      <h2 id="question-form-title">{question ? t('admin.questions.edit') : t('admin.questions.add')}</h2>
      <Select
        {...form.field('moduleId')}
        label={t('admin.questions.module')}
        options={modules.map((m) => ({ value: m.id, label: `${m.position}. ${m.title}` }))}
      />
      <TextField {...form.field('prompt')} label={t('admin.questions.prompt')} maxLength={1000} />
      <fieldset className="fieldset stack">
        <legend className="field__label">{t('admin.questions.options')}</legend>
        {options.map((text, i) => (
          <TextField
            key={i}
            id={`option-${LETTERS[i]}`}
            label={t('admin.questions.option', { letter: LETTERS[i]!.toUpperCase() })}
            value={text}
            onChange={(value) => setOptions(options.map((o, j) => (j === i ? value : o)))}
            error={form.errors[`options.${i}`]}
            maxLength={500}
          />
        ))}
        <div className="actions">
          <Button variant="secondary" disabled={options.length >= 6} onClick={() => setOptions([...options, ''])}>
            {t('admin.questions.addOption')}
          </Button>
          <Button
            variant="secondary"
            disabled={options.length <= 2}
            onClick={() => {
              setOptions(options.slice(0, -1));
              if (correctOption === LETTERS[options.length - 1]) form.set('correctOption', '');
            }}
          >
            {t('admin.questions.removeOption')}
          </Button>
        </div>
      </fieldset>
      <RadioGroup
        {...form.field('correctOption')}
        name="correctOption"
        legend={t('admin.questions.correct')}
        options={options.map((_, i) => ({ value: LETTERS[i]!, label: LETTERS[i]!.toUpperCase() }))}
      />
      <TextField {...form.field('explanation')} label={t('admin.questions.explanation')} optional maxLength={2000} />
      <FormFooter error={form.formError} saving={save.isPending} onCancel={onDone} />
    </form>
  );
}

/** A course's question bank: paged list, add, edit, and take out of the bank after a confirmation. */
export function QuestionsManager({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useAdminCourse(courseId);
  const [page, setPage] = useState(1);
  const questions = useQuestions(courseId, page);
  const deactivate = useDeactivateQuestion(courseId);
  const [editing, setEditing] = useState<Editing<AdminQuestion>>(null);
  const removal = useConfirmedMutation(deactivate, (question: AdminQuestion) => question.id);
  const modules = course.data?.modules ?? [];

  return (
    <div className="stack">
      <AddOrEdit
        editing={editing}
        onEdit={setEditing}
        addLabel={t('admin.questions.add')}
        addDisabled={modules.length === 0}
      >
        {(question, done) => <QuestionForm courseId={courseId} modules={modules} question={question} onDone={done} />}
      </AddOrEdit>
      <SaveResult error={removal.error} title={t('admin.questions.removeFailed')} />
      <PagedList
        query={questions}
        empty={t('admin.questions.none')}
        pagesLabel={t('admin.questions.title')}
        onPage={setPage}
      >
        {(data) => (
          <ol className="question-list">
            {data.items.map((q) => (
              <li key={q.id} className="card stack">
                <p>
                  <strong>{q.prompt}</strong>
                </p>
                <ul>
                  {q.options.map((o) => (
                    <li key={o.id}>
                      {o.id.toUpperCase()}. {o.text}{' '}
                      {o.id === q.correctOption && (
                        <span className="badge badge--achieved">{t('admin.questions.correctBadge')}</span>
                      )}
                    </li>
                  ))}
                </ul>
                <div className="actions actions--tight">
                  <RowActions
                    onEdit={() => setEditing(q)}
                    danger={t('admin.questions.remove')}
                    onDanger={() => removal.ask(q)}
                  />
                </div>
              </li>
            ))}
          </ol>
        )}
      </PagedList>
      <ConfirmDialog
        {...removal.dialog}
        title={t('admin.questions.confirmRemove')}
        confirmLabel={t('admin.questions.remove')}
        danger
      >
        <p>{removal.item?.prompt}</p>
      </ConfirmDialog>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, RadioGroup, Select, TextField } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Pagination } from '@/components/ui/Pagination';
import { QueryState } from '@/components/ui/QueryState';
import { errorMessage } from '@/lib/api/problem';
import { useAdminCourse, useDeactivateQuestion, useQuestions, useSaveQuestion } from '../api/admin';
import type { AdminModule, AdminQuestion } from '../api/types';
import { apiFormErrors, textLength } from '../form-errors';
import { FormFooter } from './FormFooter';

const LETTERS = 'abcdef';
type Field = 'moduleId' | 'prompt' | 'options' | 'correctOption' | 'explanation';

function QuestionForm({ courseId, modules, question, onDone }: { courseId: string; modules: AdminModule[]; question: AdminQuestion | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveQuestion(courseId);
  const [moduleId, setModuleId] = useState(question?.moduleId ?? modules[0]?.id ?? '');
  const [prompt, setPrompt] = useState(question?.prompt ?? '');
  const [options, setOptions] = useState<string[]>(question?.options.map((o) => o.text) ?? ['', '', '']);
  const [correct, setCorrect] = useState(question?.correctOption ?? '');
  const [explanation, setExplanation] = useState(question?.explanation ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field | `options.${number}`, string>>>({});
  const [other, setOther] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setOther(null);
    const e: typeof errors = {};
    if (!moduleId) e.moduleId = t('admin.questions.moduleRequired');
    const promptLength = textLength(prompt.trim());
    if (promptLength < 1 || promptLength > 1000) e.prompt = t('admin.validation.size', { min: 1, max: 1000 });
    options.forEach((text, i) => {
      const length = textLength(text.trim());
      if (length < 1 || length > 500) e[`options.${i}`] = t('admin.validation.size', { min: 1, max: 500 });
    });
    const ids = options.map((_, i) => LETTERS[i]!);
    if (!ids.includes(correct)) e.correctOption = t('admin.questions.correctRequired');
    if (textLength(explanation) > 2000) e.explanation = t('admin.validation.max', { max: 2000 });
    setErrors(e);
    if (Object.keys(e).length) return;
    const body = {
      moduleId,
      prompt: prompt.trim(),
      options: options.map((text, i) => ({ id: ids[i]!, text: text.trim() })),
      correctOption: correct,
      explanation: explanation.trim(),
    };
    save.mutate(question ? { id: question.id, body } : { id: null, body }, {
      onSuccess: onDone,
      onError: (error) => {
        const fields = ['moduleId', 'prompt', 'options', 'correctOption', 'explanation', ...options.map((_, i) => `options[${i}].text`)] as const;
        const mapped = apiFormErrors(error, fields, t);
        const next: typeof errors = {};
        for (const [field, message] of Object.entries(mapped.fields)) {
          const match = /^options\[(\d+)\]\.text$/.exec(field);
          next[(match ? `options.${match[1]}` : field) as Field] = message as string;
        }
        setErrors(next);
        setOther(mapped.other);
      },
    });
  }

  return (
    <form className="form stack card" onSubmit={onSubmit} noValidate aria-labelledby="question-form-title">
      <h2 id="question-form-title">{question ? t('admin.questions.edit') : t('admin.questions.add')}</h2>
      <Select id="moduleId" label={t('admin.questions.module')} value={moduleId} onChange={setModuleId} error={errors.moduleId} options={modules.map((m) => ({ value: m.id, label: `${m.position}. ${m.title}` }))} />
      <TextField id="prompt" label={t('admin.questions.prompt')} value={prompt} onChange={setPrompt} error={errors.prompt} maxLength={1000} />
      <fieldset className="fieldset stack">
        <legend className="field__label">{t('admin.questions.options')}</legend>
        {options.map((text, i) => (
          <TextField
            key={i}
            id={`option-${LETTERS[i]}`}
            label={t('admin.questions.option', { letter: LETTERS[i]!.toUpperCase() })}
            value={text}
            onChange={(value) => setOptions((all) => all.map((o, j) => (j === i ? value : o)))}
            error={errors[`options.${i}`]}
            maxLength={500}
          />
        ))}
        <div className="actions">
          <Button variant="secondary" disabled={options.length >= 6} onClick={() => setOptions((all) => [...all, ''])}>
            {t('admin.questions.addOption')}
          </Button>
          <Button
            variant="secondary"
            disabled={options.length <= 2}
            onClick={() => {
              setOptions((all) => all.slice(0, -1));
              if (correct === LETTERS[options.length - 1]) setCorrect('');
            }}
          >
            {t('admin.questions.removeOption')}
          </Button>
        </div>
      </fieldset>
      <RadioGroup
        id="correctOption"
        name="correctOption"
        legend={t('admin.questions.correct')}
        value={correct}
        onChange={setCorrect}
        error={errors.correctOption}
        options={options.map((_, i) => ({ value: LETTERS[i]!, label: LETTERS[i]!.toUpperCase() }))}
      />
      <TextField id="explanation" label={t('admin.questions.explanation')} optional value={explanation} onChange={setExplanation} error={errors.explanation} maxLength={2000} />
      <FormFooter error={other} saving={save.isPending} onCancel={onDone} />
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
  const [editing, setEditing] = useState<AdminQuestion | 'new' | null>(null);
  const [removing, setRemoving] = useState<AdminQuestion | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const modules = course.data?.modules ?? [];

  return (
    <div className="stack">
      {editing === null ? (
        <div className="actions">
          <Button onClick={() => setEditing('new')} disabled={modules.length === 0}>
            {t('admin.questions.add')}
          </Button>
        </div>
      ) : (
        <QuestionForm key={editing === 'new' ? 'new' : editing.id} courseId={courseId} modules={modules} question={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      )}
      {removeError && (
        <Alert variant="error" title={t('admin.questions.removeFailed')}>
          <p>{removeError}</p>
        </Alert>
      )}
      <QueryState query={questions} isEmpty={questions.data?.items.length === 0} empty={t('admin.questions.none')}>
        {questions.data && (
          <>
            <ol className="question-list">
              {questions.data.items.map((q) => (
                <li key={q.id} className="card stack">
                  <p>
                    <strong>{q.prompt}</strong>
                  </p>
                  <ul>
                    {q.options.map((o) => (
                      <li key={o.id}>
                        {o.id.toUpperCase()}. {o.text} {o.id === q.correctOption && <span className="badge badge--achieved">{t('admin.questions.correctBadge')}</span>}
                      </li>
                    ))}
                  </ul>
                  <div className="actions actions--tight">
                    <Button variant="secondary" onClick={() => setEditing(q)}>
                      {t('admin.edit')}
                    </Button>
                    <Button
                      variant="danger"
                      onClick={() => {
                        setRemoveError(null);
                        setRemoving(q);
                      }}
                    >
                      {t('admin.questions.remove')}
                    </Button>
                  </div>
                </li>
              ))}
            </ol>
            <Pagination page={questions.data.page} totalPages={questions.data.totalPages} totalItems={questions.data.totalItems} onChange={setPage} label={t('admin.questions.title')} />
          </>
        )}
      </QueryState>
      <ConfirmDialog
        open={removing !== null}
        title={t('admin.questions.confirmRemove')}
        confirmLabel={t('admin.questions.remove')}
        danger
        busy={deactivate.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          deactivate.mutate(removing.id, {
            onSuccess: () => setRemoving(null),
            onError: (error) => {
              setRemoving(null);
              setRemoveError(errorMessage(error, t));
            },
          });
        }}
      >
        <p>{removing?.prompt}</p>
      </ConfirmDialog>
    </div>
  );
}

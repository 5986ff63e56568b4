import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog, RadioGroup } from '@/components/ui';
import { errorMessage } from '@/lib/api/problem';
import type { AttemptResult, QuizAttempt } from '@/lib/api/types';
import { useDeviceSetting } from '@/lib/device-settings';
import { submitAttempt } from '../api/quiz';
import { Countdown } from './Countdown';
import { useAutosave } from './useAutosave';

type Mode = 'one' | 'all';

interface Props {
  attempt: QuizAttempt;
  onSubmitted: (result: AttemptResult) => void;
  submit?: typeof submitAttempt;
  autosave?: Partial<Parameters<typeof useAutosave>[0]>;
  /** Shown above a question's options: "Nghe câu hỏi", given by the page (listening is another feature). */
  listen?: (questionId: string) => ReactNode;
}

export function QuizRunner({ attempt, onSubmitted, submit = submitAttempt, autosave, listen }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useDeviceSetting<Mode>('hocvuso.quizMode', 'one', ['one', 'all']);
  const [index, setIndex] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [timeUp, setTimeUp] = useState(attempt.status === 'EXPIRED');
  const initial = Object.fromEntries(attempt.questions.map((q) => [q.questionId, q.chosenOptionId]));
  const { answers, choose, status, flush, forget } = useAutosave({ attemptId: attempt.id, initial, ...autosave });

  const questions = attempt.questions;
  const answered = questions.filter((q) => answers[q.questionId] != null).length;
  const unanswered = questions.filter((q) => answers[q.questionId] == null).map((q) => q.position);

  async function doSubmit() {
    setSubmitting(true);
    setSubmitError(null);
    try {
      // what the learner chose must reach the server before grading (unless time is up: then the
      // server grades what it already has and refuses more)
      if (!timeUp) {
        if ((await flush()) === 'failed') throw new Error('unsaved');
      }
      const result = await submit(attempt.id);
      forget();
      setConfirming(false);
      onSubmitted(result);
    } catch (error) {
      setSubmitError(
        error instanceof Error && error.message === 'unsaved'
          ? t('quiz.cannotSaveBeforeSubmit')
          : errorMessage(error, t),
      );
    } finally {
      setSubmitting(false);
    }
  }

  const question = (q: (typeof questions)[number]) => (
    <div className="question card" key={q.questionId}>
      {listen?.(q.questionId)}
      <RadioGroup
        id={`q-${q.position}`}
        name={`q-${q.questionId}`}
        legend={
          <>
            <span className="question__number">{t('quiz.questionN', { n: q.position, total: questions.length })}</span>
            <span className="question__prompt">{q.prompt}</span>
          </>
        }
        hint={q.moduleTitle}
        value={answers[q.questionId] ?? ''}
        onChange={(value) => choose(q.questionId, value)}
        options={q.options.map((o) => ({ value: o.id, label: o.text }))}
      />
    </div>
  );

  const current = questions[Math.min(index, questions.length - 1)];

  return (
    <div className="quiz stack">
      <div className="quiz__bar">
        <Countdown
          deadlineAt={attempt.deadlineAt}
          onExpire={() => {
            setTimeUp(true);
            setConfirming(false);
            void doSubmit();
          }}
        />
        <p className="quiz__saved" role="status">
          {t(`quiz.save.${status}`)} · {t('quiz.answeredCount', { answered, total: questions.length })}
        </p>
      </div>

      <fieldset className="fieldset quiz__mode">
        <legend className="field__label">{t('quiz.mode')}</legend>
        <div className="segmented">
          {(['one', 'all'] as const).map((m) => (
            <div className="radio" key={m}>
              <input
                id={`quiz-mode-${m}`}
                type="radio"
                name="quiz-mode"
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              <label htmlFor={`quiz-mode-${m}`}>{t(`quiz.mode_${m}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      {timeUp && <Alert variant="info">{t('quiz.timeUpBody')}</Alert>}

      {mode === 'all' ? (
        <div className="stack">{questions.map(question)}</div>
      ) : (
        current && (
          <div className="stack">
            {question(current)}
            <div className="quiz__nav">
              <Button variant="secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
                {t('quiz.previous')}
              </Button>
              {index < questions.length - 1 && <Button onClick={() => setIndex(index + 1)}>{t('quiz.next')}</Button>}
            </div>
          </div>
        )
      )}

      <div className="card stack">
        <p>{t('quiz.answeredCount', { answered, total: questions.length })}</p>
        <Button onClick={() => setConfirming(true)} loading={submitting} loadingText={t('quiz.submitting')}>
          {t('quiz.submit')}
        </Button>
      </div>
      {submitError != null && !confirming && <Alert variant="error">{String(submitError)}</Alert>}

      <Dialog
        open={confirming}
        title={t('quiz.confirmTitle')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button onClick={() => void doSubmit()} loading={submitting} loadingText={t('quiz.submitting')}>
              {t('quiz.confirmSubmit')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('quiz.keepWorking')}
            </Button>
          </>
        }
      >
        <p>{t('quiz.confirmBody', { answered, total: questions.length })}</p>
        {unanswered.length > 0 && (
          <p className="field__error">
            {t('quiz.unanswered', { list: unanswered.join(', '), count: unanswered.length })}
          </p>
        )}
        {submitError != null && <Alert variant="error">{String(submitError)}</Alert>}
      </Dialog>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, RadioGroup } from '@/components/ui';
import { errorMessage } from '@/lib/api/problem';
import type { PracticeFeedback, PracticeSet } from '@/lib/api/types';
import { useCheckPracticeAnswer } from '../api/retake';

/**
 * A practice round: one question at a time, no clock, each answer checked at once with its
 * explanation. Nothing is kept: it is not an attempt and counts nowhere.
 */
export function PracticeQuiz({ set, onAgain }: { set: PracticeSet; onAgain: () => void }) {
  const { t } = useTranslation();
  const check = useCheckPracticeAnswer(set.enrollmentId, set.moduleId);
  const [index, setIndex] = useState(0);
  const [choice, setChoice] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<PracticeFeedback | null>(null);
  const [right, setRight] = useState(0);

  const question = set.questions[index];
  if (set.questions.length === 0) return <Alert variant="info">{t('retake.practiceEmpty')}</Alert>;
  if (!question) {
    return (
      <div className="stack">
        <Alert variant="success" title={t('retake.practiceDone')}>
          {t('retake.practiceScore', { right, total: set.questions.length })}
        </Alert>
        <div className="actions">
          <Button onClick={onAgain}>{t('retake.practiceAgain')}</Button>
        </div>
      </div>
    );
  }
  const textOf = (id: string | null | undefined) => question.options.find((o) => o.id === id)?.text ?? '';
  const next = () => {
    setIndex(index + 1);
    setChoice(null);
    setFeedback(null);
    check.reset();
  };
  return (
    <div className="stack">
      <p className="muted">{t('retake.practiceNote')}</p>
      <div className="card question">
        <RadioGroup
          id={`practice-${question.questionId}`}
          name={`practice-${question.questionId}`}
          legend={`${t('quiz.questionN', { n: index + 1, total: set.questions.length })}: ${question.prompt}`}
          options={question.options.map((o) => ({ value: o.id, label: o.text }))}
          value={choice ?? ''}
          onChange={(value) => !feedback && setChoice(value)}
        />
      </div>
      {feedback && (
        <Alert
          variant={feedback.correct ? 'success' : 'info'}
          title={feedback.correct ? t('retake.practiceRight') : t('retake.practiceWrong')}
        >
          {!feedback.correct && feedback.correctOptionId && (
            <p>{t('retake.rightAnswerIs', { answer: textOf(feedback.correctOptionId) })}</p>
          )}
          {feedback.explanation ? (
            <p>{feedback.explanation}</p>
          ) : (
            !feedback.correct && <p>{t('retake.explanationHidden')}</p>
          )}
        </Alert>
      )}
      {check.isError && <Alert variant="error">{errorMessage(check.error, t)}</Alert>}
      <div className="actions">
        {!feedback ? (
          <Button
            disabled={!choice}
            loading={check.isPending}
            loadingText={t('retake.checking')}
            onClick={() =>
              choice &&
              check.mutate(
                { questionId: question.questionId, optionId: choice },
                {
                  onSuccess: (result) => {
                    setFeedback(result);
                    if (result.correct) setRight(right + 1);
                  },
                },
              )
            }
          >
            {t('retake.check')}
          </Button>
        ) : (
          <Button onClick={next}>
            {index + 1 < set.questions.length ? t('retake.nextQuestion') : t('retake.finishPractice')}
          </Button>
        )}
      </div>
    </div>
  );
}

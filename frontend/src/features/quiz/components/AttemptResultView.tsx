import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui';
import type { AttemptResult } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';

/** The graded result: the score in words, right answers per module, and the next step. */
export function AttemptResultView({ result, courseId }: { result: AttemptResult; courseId: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Alert
        variant={result.passed ? 'success' : 'info'}
        title={result.passed ? t('quiz.passedTitle') : t('quiz.failedTitle')}
      >
        <p className="result__score">
          {t('quiz.score', { score: result.scorePercent, correct: result.correctCount, total: result.questionCount })}
        </p>
        <p>{t('quiz.passMark', { mark: result.passMarkPercent })}</p>
        <p className="muted">{t('quiz.submittedAt', { date: formatDate(result.submittedAt) })}</p>
      </Alert>

      <section aria-labelledby="result-modules" className="card">
        <h2 id="result-modules">{t('quiz.byModule')}</h2>
        <ul className="module-results">
          {result.modules.map((m) => {
            const share = m.total ? Math.floor((m.correct * 100) / m.total) : 0;
            const weak = share < result.passMarkPercent;
            return (
              <li
                key={m.moduleId}
                className={weak ? 'module-results__item module-results__item--weak' : 'module-results__item'}
              >
                <span className="module-results__title">{m.moduleTitle}</span>
                <span>{t('quiz.moduleScore', { correct: m.correct, total: m.total })}</span>
                <span className="module-results__advice">
                  {weak && courseId ? (
                    <Link to={paths.practice(courseId, m.moduleId)}>
                      {t('retake.practiceModule', { module: m.moduleTitle })}
                    </Link>
                  ) : weak ? (
                    t('quiz.reviewModule')
                  ) : (
                    t('quiz.moduleGood')
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <div className="actions">
        <Link className="btn btn--secondary" to={paths.attemptReview(result.attemptId)}>
          {t('retake.reviewAnswers')}
        </Link>
        {result.passed && result.certificateCode && (
          <Link className="btn btn--primary" to={paths.myCertificate(result.certificateCode)}>
            {t('quiz.viewCertificate')}
          </Link>
        )}
        {!result.passed && (
          <p>
            {result.attemptsLeft > 0
              ? t('quiz.attemptsLeft', { count: result.attemptsLeft })
              : t('retake.noAttemptsLeftNext')}
          </p>
        )}
        {!result.passed && courseId && (
          <Link className="btn btn--primary" to={paths.finalTest(courseId)}>
            {t('quiz.tryAgain')}
          </Link>
        )}
        {courseId && (
          <Link className="btn btn--secondary" to={paths.course(courseId)}>
            {t('quiz.backToCourse')}
          </Link>
        )}
      </div>
    </div>
  );
}

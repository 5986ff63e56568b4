import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui';
import { paths } from '@/lib/paths';
import type { AttemptReview, ReviewItem } from '@/lib/api/types';

function ReviewQuestion({ item, total }: { item: ReviewItem; total: number }) {
  const { t } = useTranslation();
  const headingId = `review-q-${item.position}`;
  return (
    <li
      className={`card review__item ${item.correct ? 'review__item--right' : 'review__item--wrong'}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="review__question">
        <span className="review__verdict">{item.correct ? t('retake.right') : t('retake.wrong')}</span>{' '}
        {t('quiz.questionN', { n: item.position, total })}: {item.prompt}
      </h3>
      <p className="muted">{item.moduleTitle}</p>
      <ul className="review__options">
        {item.options.map((option) => {
          const chosen = option.id === item.chosenOptionId;
          const right = option.id === item.correctOptionId;
          const notes = [chosen ? t('retake.yourAnswer') : null, right ? t('retake.rightAnswer') : null].filter(
            Boolean,
          );
          return (
            <li
              key={option.id}
              className={
                right
                  ? 'review__option review__option--right'
                  : chosen
                    ? 'review__option review__option--chosen'
                    : 'review__option'
              }
            >
              {option.text}
              {notes.length > 0 && <strong> ({notes.join(', ')})</strong>}
            </li>
          );
        })}
      </ul>
      {item.chosenOptionId == null && <p>{t('retake.notAnswered')}</p>}
      {item.explanation && (
        <p className="review__explanation">
          <strong>{t('retake.explanation')}</strong> {item.explanation}
        </p>
      )}
    </li>
  );
}

/** Every question of a submitted attempt with the learner's answer, the right one and why. */
export function AttemptReviewView({ review }: { review: AttemptReview }) {
  const { t } = useTranslation();
  const wrong = review.items.filter((i) => !i.correct).length;
  const weakModules = [
    ...new Map(review.items.filter((i) => !i.correct).map((i) => [i.moduleId, i.moduleTitle])).entries(),
  ];
  return (
    <div className="stack">
      <p>{t('retake.reviewSummary', { score: review.scorePercent, wrong, total: review.items.length })}</p>
      {review.answersHidden && <Alert variant="info">{t('retake.answersHidden')}</Alert>}
      <ol className="review stack" aria-label={t('retake.reviewListLabel')}>
        {review.items.map((item) => (
          <ReviewQuestion key={item.position} item={item} total={review.items.length} />
        ))}
      </ol>
      {weakModules.length > 0 && (
        <section className="card" aria-labelledby="review-practice">
          <h2 id="review-practice">{t('retake.practiceTitle')}</h2>
          <ul>
            {weakModules.map(([moduleId, title]) => (
              <li key={moduleId}>
                <Link to={paths.practice(review.courseId, moduleId)}>
                  {t('retake.practiceModule', { module: title })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="actions">
        <Link className="btn btn--secondary" to={paths.attempt(review.attemptId)}>
          {t('retake.backToResult')}
        </Link>
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { GroupCounts, StatCounts, StatRates } from '@/lib/api/types';
import { formatAsOf, formatCount } from '../format';
import { RateFigure } from './RateFigure';

const GROUP_ORDER = ['CBCCVC', 'CITIZEN', 'STUDENT', 'WORKER'] as const;

interface Props {
  asOf: string;
  counts: StatCounts;
  byGroup: GroupCounts[];
  rates: StatRates;
}

/** The figures of the Department's notice: learners by group, certified, the three rates, and when. */
export function SummaryCards({ asOf, counts, byGroup, rates }: Props) {
  const { t } = useTranslation();
  const groups = [...byGroup].sort((a, b) => GROUP_ORDER.indexOf(a.learnerGroup) - GROUP_ORDER.indexOf(b.learnerGroup));
  return (
    <section aria-labelledby="summary-title" className="stack">
      <h2 id="summary-title">{t('stats.summaryTitle')}</h2>
      <p className="as-of">{t('stats.asOf', { time: formatAsOf(asOf) })}</p>
      <div className="cards">
        <div className="stat-card">
          <h3 className="stat-card__label">{t('stats.learners')}</h3>
          <p className="stat-card__value">{formatCount(counts.learners)}</p>
          <ul className="stat-card__list">
            {groups.map((group) => (
              <li key={group.learnerGroup}>
                {t(`groups.${group.learnerGroup}`)}: <strong>{formatCount(group.learners)}</strong>
              </li>
            ))}
          </ul>
        </div>
        <div className="stat-card">
          <h3 className="stat-card__label">{t('stats.certified')}</h3>
          <p className="stat-card__value">{formatCount(counts.certified)}</p>
          <ul className="stat-card__list">
            <li>
              {t('stats.enrolled')}: <strong>{formatCount(counts.enrolled)}</strong>
            </li>
            <li>
              {t('stats.completedLessons')}: <strong>{formatCount(counts.completedLessons)}</strong>
            </li>
            <li>
              {t('stats.passed')}: <strong>{formatCount(counts.passed)}</strong>
            </li>
          </ul>
        </div>
        <div className="stat-card">
          <h3 className="stat-card__label">{t('stats.completionRate')}</h3>
          <p className="stat-card__value">
            <RateFigure rate={rates.completion} />
          </p>
        </div>
        <div className="stat-card">
          <h3 className="stat-card__label">{t('stats.participationRate')}</h3>
          <p className="stat-card__value">
            <RateFigure rate={rates.participation} />
          </p>
        </div>
        <div className="stat-card">
          <h3 className="stat-card__label">{t('stats.publicServantCoverage')}</h3>
          <p className="stat-card__value">
            <RateFigure rate={rates.publicServantCoverage} />
          </p>
        </div>
      </div>
    </section>
  );
}

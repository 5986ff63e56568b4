import { useTranslation } from 'react-i18next';
import type { GroupCounts, StatCounts, StatRates } from '@/lib/api/types';
import { formatCount } from '../format';
import { AsOf } from './AsOf';
import { RateFigure } from './RateFigure';
import { StatCard } from './StatCard';

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
  const item = (key: string, count: number) => (
    <li key={key}>
      {t(key)}: <strong>{formatCount(count)}</strong>
    </li>
  );
  return (
    <section aria-labelledby="summary-title" className="stack">
      <h2 id="summary-title">{t('stats.summaryTitle')}</h2>
      <AsOf time={asOf} />
      <div className="cards">
        <StatCard
          label={t('stats.learners')}
          list={groups.map((group) => item(`groups.${group.learnerGroup}`, group.learners))}
        >
          {formatCount(counts.learners)}
        </StatCard>
        <StatCard
          label={t('stats.certified')}
          list={[
            item('stats.enrolled', counts.enrolled),
            item('stats.completedLessons', counts.completedLessons),
            item('stats.passed', counts.passed),
          ]}
        >
          {formatCount(counts.certified)}
        </StatCard>
        <StatCard label={t('stats.completionRate')}>
          <RateFigure rate={rates.completion} />
        </StatCard>
        <StatCard label={t('stats.participationRate')}>
          <RateFigure rate={rates.participation} />
        </StatCard>
        <StatCard label={t('stats.publicServantCoverage')}>
          <RateFigure rate={rates.publicServantCoverage} />
        </StatCard>
      </div>
    </section>
  );
}

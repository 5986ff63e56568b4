import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/ui';
import { DataTable } from '@/components/ui/DataTable';
import { QueryState } from '@/components/ui/QueryState';
import { formatCount, SeriesChart, SummaryCards, TargetList, useUnitDetail } from '@/features/stats';
import { ApiError } from '@/lib/api/problem';
import type { GroupCounts } from '@/lib/api/types';
import { can } from '@/lib/auth/capabilities';
import { useClaims } from '@/lib/auth/claims';
import { Forbidden } from '../../Forbidden';
import { RequireUnit } from './unit-page';

/** The figures of each learner group, in the order of the summary cards; each is its own column. */
const GROUP_FIGURES = ['learners', 'enrolled', 'completedLessons', 'passed', 'certified'] as const;

function UnitDetail({ code }: { code: string }) {
  const { t } = useTranslation();
  const claims = useClaims();
  const detail = useUnitDetail(code);
  if (detail.error instanceof ApiError && detail.error.status === 403) return <Forbidden />;
  const data = detail.data;
  const isItsManager = claims.roles.includes('UNIT_MANAGER') && claims.units.includes(code);
  const rankItem = (label: string, rank: number | null, outOf: number) => (
    <li>
      {label}: <strong>{rank === null ? t('unitDetail.unranked') : t('unitDetail.rankOf', { rank, outOf })}</strong>
    </li>
  );
  return (
    <div className="stack stack--wide">
      <PageTitle title={data?.unit.name ?? t('unitDetail.title')}>{data?.unit.name ?? t('unitDetail.title')}</PageTitle>
      <p>
        <Link to="/quan-ly">{t('unitDetail.back')}</Link>
        {isItsManager && (
          <>
            {' · '}
            <Link to={`/quan-ly/don-vi/${code}/hoc-vien`}>{t('manager.followUpLink')}</Link>
            {' · '}
            <Link to="/quan-ly/bao-cao">{t('reports.linkUnit')}</Link>
          </>
        )}
        {(isItsManager || can(claims, 'anyUnit')) && (
          <>
            {' · '}
            <Link to={`/quan-ly/don-vi/${code}/ho-tro`}>{t('helpers.link')}</Link>
            {' · '}
            <Link to={`/quan-ly/don-vi/${code}/thon`}>{t('villages.link')}</Link>
          </>
        )}
      </p>
      <QueryState query={detail} errorTitle={t('unitDetail.error')}>
        {data && (
          <>
            <SummaryCards asOf={data.asOf} counts={data.counts} byGroup={data.byGroup} rates={data.rates} />
            <section aria-labelledby="ranks-title" className="card">
              <h2 id="ranks-title">{t('unitDetail.ranks')}</h2>
              <ul className="link-list">
                {rankItem(t('unitDetail.participationRank'), data.ranks.participation, data.ranks.outOf)}
                {rankItem(t('unitDetail.completionRank'), data.ranks.completion, data.ranks.outOf)}
              </ul>
            </section>
            <section aria-labelledby="groups-title" className="stack">
              <h2 id="groups-title">{t('unitDetail.byGroup')}</h2>
              <DataTable
                label={t('unitDetail.byGroup')}
                rows={data.byGroup}
                rowKey={(g) => g.learnerGroup}
                columns={[
                  { label: t('stats.learnerGroup'), rowHeader: true, cell: (g) => t(`groups.${g.learnerGroup}`) },
                  ...GROUP_FIGURES.map((figure) => ({
                    label: t(`stats.${figure}`),
                    numeric: true,
                    cell: (g: GroupCounts) => formatCount(g[figure]),
                  })),
                ]}
              />
            </section>
            <TargetList targets={data.targets} />
            <SeriesChart series={data.series} />
          </>
        )}
      </QueryState>
    </div>
  );
}

export default function UnitDetailPage() {
  const { code = '' } = useParams();
  return (
    <RequireUnit code={code}>
      <UnitDetail code={code} />
    </RequireUnit>
  );
}

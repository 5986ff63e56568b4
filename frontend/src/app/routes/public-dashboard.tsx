import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle, TextField } from '@/components/ui';
import { DataTable } from '@/components/ui/DataTable';
import { QueryState } from '@/components/ui/QueryState';
import {
  AsOfPicker,
  type AsOfChoice,
  formatCount,
  RankingChart,
  RateFigure,
  SummaryCards,
  TargetList,
  usePublicDashboard,
} from '@/features/stats';
import { fold } from '@/lib/text';

/** The province's figures for everyone, no login: counts, rates, targets and every unit's rank. */
export default function PublicDashboardPage() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<AsOfChoice>({ asOf: '', compareTo: '' });
  const dashboard = usePublicDashboard(choice.asOf);
  const [search, setSearch] = useState('');
  const data = dashboard.data;
  const units = useMemo(() => {
    const needle = fold(search.trim());
    const all = data?.units ?? [];
    return needle ? all.filter((u) => fold(u.name).includes(needle)) : all;
  }, [data, search]);
  const top = useMemo(
    () =>
      (data?.units ?? []).slice(0, 10).map((u) => ({ key: u.code, name: u.name, rank: u.rank, rate: u.participation })),
    [data],
  );

  return (
    <div className="stack stack--wide">
      <PageTitle title={t('publicDashboard.title')}>{t('publicDashboard.title')}</PageTitle>
      <p className="lead">{t('publicDashboard.intro')}</p>
      <AsOfPicker idPrefix="public" value={choice} onChange={setChoice} />
      <QueryState query={dashboard} errorTitle={t('publicDashboard.error')}>
        {data && (
          <>
            <SummaryCards asOf={data.asOf} counts={data.counts} byGroup={data.byGroup} rates={data.rates} />
            <TargetList targets={data.targets} />
            <section aria-labelledby="public-ranking" className="stack">
              <h2 id="public-ranking">{t('publicDashboard.rankingTitle')}</h2>
              <RankingChart title={t('publicDashboard.topTen')} places={top} />
              <TextField
                id="public-unit-search"
                type="search"
                label={t('publicDashboard.search')}
                hint={t('stats.searchHint')}
                value={search}
                onChange={setSearch}
              />
              <DataTable
                label={t('publicDashboard.rankingTitle')}
                rows={units}
                empty={t('stats.noUnits')}
                rowKey={(u) => u.code}
                columns={[
                  { label: t('stats.rank'), cell: (u) => u.rank ?? '—' },
                  { label: t('stats.unit'), rowHeader: true, cell: (u) => u.name },
                  { label: t('stats.learners'), numeric: true, cell: (u) => formatCount(u.learners) },
                  { label: t('stats.certified'), numeric: true, cell: (u) => formatCount(u.certified) },
                  {
                    label: t('stats.participationRate'),
                    numeric: true,
                    cell: (u) => <RateFigure rate={u.participation} compact />,
                  },
                ]}
              />
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}

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
              {units.length === 0 ? (
                <p className="empty-state">{t('stats.noUnits')}</p>
              ) : (
                <DataTable
                  label={t('publicDashboard.rankingTitle')}
                  columns={[
                    t('stats.rank'),
                    t('stats.unit'),
                    { label: t('stats.learners'), numeric: true },
                    { label: t('stats.certified'), numeric: true },
                    { label: t('stats.participationRate'), numeric: true },
                  ]}
                >
                  {units.map((u) => (
                    <tr key={u.code}>
                      <td>{u.rank ?? '—'}</td>
                      <th scope="row">{u.name}</th>
                      <td className="num">{formatCount(u.learners)}</td>
                      <td className="num">{formatCount(u.certified)}</td>
                      <td className="num">
                        <RateFigure rate={u.participation} compact />
                      </td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}

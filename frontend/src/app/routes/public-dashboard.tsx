import { type CSSProperties, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, PageTitle, Spinner, TextField } from '@/components/ui';
import { Pagination } from '@/components/ui/Pagination';
import { DataTable } from '@/components/ui/DataTable';
import { QueryState } from '@/components/ui/QueryState';
import { ProvinceSelect, useDeploymentProvince, useProvinces } from '@/features/provinces';
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
import { ApiError } from '@/lib/api/problem';
import type { Province } from '@/lib/api/types';
import { config } from '@/lib/config';
import { provinceWords } from '@/lib/province';
import { fold } from '@/lib/text';
import { type dashboardProvince, useProvinceChoice } from '../public-dashboard-province';

/** The province the address names, as the list of provinces has it (undefined while it loads, or for none). */
function useShownProvince(code: string): Province | undefined {
  return useProvinces().data?.find((p) => p.code === code);
}

/**
 * The page's heading: the province whose figures it shows, every province's, or neither while that is not
 * known. Its own component: the provinces' answers, which come after the figures on a slow link, redraw the
 * heading alone and not the whole page (a second full render of every unit's row on a cheap phone).
 */
function DashboardTitle({ province }: { province: ReturnType<typeof dashboardProvince> }) {
  const { t } = useTranslation();
  const home = useDeploymentProvince();
  const shown = useShownProvince(province.code);
  const title = !province.code
    ? t('publicDashboard.titleAll')
    : province.code === config.province
      ? t('publicDashboard.title', home)
      : shown
        ? t('publicDashboard.title', provinceWords(shown))
        : t('publicDashboard.titlePlain');
  return <PageTitle title={title}>{title}</PageTitle>;
}

/**
 * The API knows no figures of the province the address names (404): a code of no province, said plainly,
 * or one the list has that has no units yet; either way with the way to the deployment's province.
 */
function NoFigures({ code }: { code: string }) {
  const { t } = useTranslation();
  const known = useShownProvince(code);
  const home = useDeploymentProvince();
  return (
    <Alert
      variant="error"
      title={known ? t('publicDashboard.province.noUnits') : t('publicDashboard.province.notFound')}
    >
      <p>
        {known
          ? t('publicDashboard.province.noUnitsBody', provinceWords(known))
          : t('publicDashboard.province.notFoundBody', { code })}
      </p>
      <p>
        <Link to="/thong-ke">{t('publicDashboard.province.back', home)}</Link>
      </p>
    </Alert>
  );
}

/**
 * The units' table a page at a time: the province's 96 rows drawn at once kept a cheap phone from answering a
 * tap for a few hundred milliseconds after the figures came; the search still looks through every unit.
 */
const UNITS_PER_PAGE = 20;

/** The height a `.later-on-screen` section is given until it is first drawn (about a phone's, in rem). */
function estimatedHeight(rem: number): CSSProperties {
  return { '--estimated-height': `${rem}rem` } as CSSProperties;
}

/**
 * The figures for everyone, no login: counts, rates, targets and every unit's rank, of the deployment's
 * province, another one (`?tinh=`) or every province summed, chosen where the portal serves several.
 */
export default function PublicDashboardPage() {
  const { t } = useTranslation();
  const { province, choose } = useProvinceChoice();
  const [choice, setChoice] = useState<AsOfChoice>({ asOf: '', compareTo: '' });
  const dashboard = usePublicDashboard(choice.asOf, province.code, province.valid);
  const noFigures =
    !province.valid || (dashboard.error instanceof ApiError && dashboard.error.status === 404 && !dashboard.isFetching);
  const [search, setSearch] = useState('');
  const [unitPage, setUnitPage] = useState(1);
  // The figures are drawn in a deferred render: React Query hands its answer over through
  // useSyncExternalStore, whose updates React renders in one blocking task; the deferred value's render
  // is a transition, cut into slices of a few milliseconds, so a cheap phone still answers a tap while
  // the province's cards, targets and ranking are drawn. The spinner stays until they are.
  const data = useDeferredValue(dashboard.data);
  const units = useMemo(() => {
    const needle = fold(search.trim());
    const all = data?.units ?? [];
    return needle ? all.filter((u) => fold(u.name).includes(needle)) : all;
  }, [data, search]);
  const unitPages = Math.max(1, Math.ceil(units.length / UNITS_PER_PAGE));
  // a search, another day or another province may leave fewer pages than the one shown
  const shownPage = Math.min(unitPage, unitPages);
  const top = useMemo(
    () =>
      (data?.units ?? []).slice(0, 10).map((u) => ({ key: u.code, name: u.name, rank: u.rank, rate: u.participation })),
    [data],
  );

  return (
    <div className="stack stack--wide">
      <DashboardTitle province={province} />
      <p className="lead">{t('publicDashboard.intro')}</p>
      <ProvinceSelect id="public-province" value={province.choice} onChange={choose} />
      <AsOfPicker idPrefix="public" value={choice} onChange={setChoice} />
      {noFigures ? (
        <NoFigures code={province.choice} />
      ) : (
        <QueryState query={dashboard} errorTitle={t('publicDashboard.error')}>
          {!data ? (
            <Spinner />
          ) : (
            <>
              <SummaryCards asOf={data.asOf} counts={data.counts} byGroup={data.byGroup} rates={data.rates} />
              <div className="later-on-screen" style={estimatedHeight(data.targets.length * 24 + 4)}>
                <TargetList targets={data.targets} />
              </div>
              <section
                aria-labelledby="public-ranking"
                className="stack later-on-screen"
                style={estimatedHeight(Math.min(units.length, UNITS_PER_PAGE) * 4 + 60)}
              >
                <h2 id="public-ranking">{t('publicDashboard.rankingTitle')}</h2>
                <RankingChart title={t('publicDashboard.topTen')} places={top} />
                <TextField
                  id="public-unit-search"
                  type="search"
                  label={t('publicDashboard.search')}
                  hint={t('stats.searchHint')}
                  value={search}
                  onChange={(text) => {
                    setSearch(text);
                    setUnitPage(1);
                  }}
                />
                <DataTable
                  label={t('publicDashboard.rankingTitle')}
                  rows={units.slice((shownPage - 1) * UNITS_PER_PAGE, shownPage * UNITS_PER_PAGE)}
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
                {unitPages > 1 && (
                  <Pagination
                    page={shownPage}
                    totalPages={unitPages}
                    totalItems={units.length}
                    onChange={setUnitPage}
                    label={t('publicDashboard.rankingPages')}
                  />
                )}
              </section>
            </>
          )}
        </QueryState>
      )}
    </div>
  );
}

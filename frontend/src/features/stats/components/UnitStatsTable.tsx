import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { filterOptions, SearchField, Select } from '@/components/ui';
import { PagedTable } from '@/components/ui/PagedList';
import { usePageFilter, usePagedSearch } from '@/lib/use-paged-search';
import { useUnitStats } from '../api/stats';
import type { LearnerGroup, UnitStatsRow, UnitStatsSort, UnitType } from '@/lib/api/types';
import { UNIT_TYPES } from '../api/types';
import { formatCount } from '../format';
import { AsOf } from './AsOf';
import { formatChange } from './AsOfPicker';
import { ExportButtons } from './ExportButtons';
import { RateFigure } from './RateFigure';

const PAGE_SIZE = 20;
const GROUPS: LearnerGroup[] = ['CBCCVC', 'CITIZEN', 'STUDENT', 'WORKER'];

/** A column the API sorts by, and what it shows of a unit. */
type SortColumn = { sort: UnitStatsSort; label: string; cell: (row: UnitStatsRow) => ReactNode; numeric?: boolean };

/** Every unit's figures (in the caller's scope): sorted and ranked by the API, filtered, searched, paged. */
export function UnitStatsTable({
  showExport = true,
  asOf = '',
  compareTo = '',
  province = '',
}: {
  showExport?: boolean;
  /** A past day ('' = now): the table at its end, and the export with it. */
  asOf?: string;
  /** A day to compare with: each unit's learners and certified show their change since its end. */
  compareTo?: string;
  /** One province's units (an administrator's choice), ranked among themselves; '' = every province the caller reaches. */
  province?: string;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<UnitStatsSort>('participationRate');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const paged = usePagedSearch();
  const { q, page, setPage } = paged;
  const [type, typeFilter] = usePageFilter<UnitType | ''>('', setPage);
  const [learnerGroup, groupFilter] = usePageFilter<LearnerGroup | ''>('', setPage);

  const query = useUnitStats({
    type: type || undefined,
    learnerGroup: learnerGroup || undefined,
    q: q || undefined,
    sort,
    order,
    page,
    size: PAGE_SIZE,
    asOf: asOf || undefined,
    compareTo: compareTo || undefined,
    province: province || undefined,
  });

  /** A count with its change since the day compared with, where there is one. */
  const count = (now: number, change: number | undefined) => (
    <>
      {formatCount(now)}
      {change !== undefined && <span className="muted"> ({formatChange(change)})</span>}
    </>
  );
  const columns: SortColumn[] = [
    { sort: 'name', label: t('stats.unit'), cell: (row) => <Link to={`/quan-ly/don-vi/${row.code}`}>{row.name}</Link> },
    {
      sort: 'learners',
      label: t('stats.learners'),
      numeric: true,
      cell: (row) => count(row.counts.learners, row.change?.learners),
    },
    {
      sort: 'certified',
      label: t('stats.certified'),
      numeric: true,
      cell: (row) => count(row.counts.certified, row.change?.certified),
    },
    {
      sort: 'completionRate',
      label: t('stats.completionRate'),
      numeric: true,
      cell: (row) => <RateFigure rate={row.rates.completion} compact />,
    },
    {
      sort: 'participationRate',
      label: t('stats.participationRate'),
      numeric: true,
      cell: (row) => <RateFigure rate={row.rates.participation} compact />,
    },
    {
      sort: 'publicServantCoverage',
      label: t('stats.publicServantCoverage'),
      numeric: true,
      cell: (row) => <RateFigure rate={row.rates.publicServantCoverage} compact />,
    },
  ];

  function sortBy(column: UnitStatsSort) {
    if (column === sort) setOrder(order === 'asc' ? 'desc' : 'asc');
    else {
      setSort(column);
      setOrder(column === 'name' ? 'asc' : 'desc');
    }
    setPage(1);
  }

  return (
    <section aria-labelledby="unit-table-title" className="stack">
      <h2 id="unit-table-title">{t('stats.unitTableTitle')}</h2>
      <div className="filters">
        <SearchField id="unit-search" label={t('stats.search')} hint={t('stats.searchHint')} search={paged} />
        <Select
          id="unit-type"
          label={t('stats.unitType')}
          {...typeFilter}
          options={filterOptions(t('stats.allTypes'), UNIT_TYPES, (v) => t(`stats.unitTypes.${v}`))}
        />
        <Select
          id="unit-group"
          label={t('stats.learnerGroup')}
          {...groupFilter}
          options={filterOptions(t('stats.allGroups'), GROUPS, (g) => t(`groups.${g}`))}
        />
      </div>
      {showExport && (
        <ExportButtons
          filters={{
            type: type || undefined,
            learnerGroup: learnerGroup || undefined,
            sort,
            asOf: asOf || undefined,
            province: province || undefined,
          }}
        />
      )}
      <PagedTable
        label={t('stats.unitTableTitle')}
        query={query}
        empty={t('stats.noUnits')}
        pagesLabel={t('stats.unitTablePages')}
        onPage={setPage}
        before={(data) => <AsOf time={data.asOf} />}
        busy={query.isFetching}
        rowKey={(row) => row.code}
        columns={[
          { label: t('stats.rank'), cell: (row) => row.rank ?? '—' },
          ...columns.map((column) => ({
            label: (
              <button type="button" className="sort-button" onClick={() => sortBy(column.sort)}>
                {column.label}
                <span aria-hidden="true" className="sort-button__icon">
                  {column.sort === sort ? (order === 'asc' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            ),
            sort:
              column.sort === sort ? (order === 'asc' ? ('ascending' as const) : ('descending' as const)) : undefined,
            numeric: column.numeric,
            rowHeader: column.sort === 'name',
            cell: column.cell,
          })),
        ]}
      />
    </section>
  );
}

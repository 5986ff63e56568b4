import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import { QueryState } from '@/components/ui/QueryState';
import { useProvinceFigures, type ProvinceFiguresRow } from '../api/province-figures';
import { formatAsOf, formatCount } from '../format';
import { RateFigure } from './RateFigure';

/** What the national view sorts by: the API's rank (its own order), the name, a count or a rate. */
export type ProvinceSort = 'rank' | 'name' | 'learners' | 'certified' | 'completion' | 'participation' | 'coverage';
type Order = 'asc' | 'desc';

/** Vietnamese order of names: "Đồng Tháp" before "Gia Lai", as a Vietnamese reader looks for it. */
const collator = new Intl.Collator('vi');

/** A row's value under a sort; null (no rank, no rate without its denominator) goes last either way. */
function valueOf(row: ProvinceFiguresRow, sort: Exclude<ProvinceSort, 'name'>): number | null {
  switch (sort) {
    case 'rank':
      return row.rank;
    case 'learners':
      return row.counts.learners;
    case 'certified':
      return row.counts.certified;
    case 'completion':
      return row.rates.completion.percent;
    case 'participation':
      return row.rates.participation.percent;
    case 'coverage':
      return row.rates.publicServantCoverage.percent;
  }
}

/** The rows in the chosen order; ties (and the unranked) keep the API's order, which is the rank's. */
export function sortProvinces(rows: readonly ProvinceFiguresRow[], sort: ProvinceSort, order: Order) {
  const sign = order === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (sort === 'name') return sign * collator.compare(a.row.name, b.row.name) || a.index - b.index;
      const x = valueOf(a.row, sort);
      const y = valueOf(b.row, sort);
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.index - b.index;
      return sign * (x - y) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The order a column starts in when first chosen: names and ranks from the top, figures from the largest. */
const firstOrder = (sort: ProvinceSort): Order => (sort === 'name' || sort === 'rank' ? 'asc' : 'desc');

/**
 * The national view: every province's own figures side by side (administrators), each province's name a
 * link to its statistics (`provinceHref`), sortable by any column; a synthetic province (test data) is
 * labelled so. Loading, failure (with a retry) and "no province yet" are said in words.
 */
export function ProvinceFiguresTable({ provinceHref }: { provinceHref: (code: string) => string }) {
  const { t } = useTranslation();
  const query = useProvinceFigures();
  const [sort, setSort] = useState<ProvinceSort>('rank');
  const [order, setOrder] = useState<Order>('asc');
  const rows = useMemo(() => sortProvinces(query.data?.items ?? [], sort, order), [query.data, sort, order]);

  function sortBy(column: ProvinceSort) {
    if (column === sort) setOrder(order === 'asc' ? 'desc' : 'asc');
    else {
      setSort(column);
      setOrder(firstOrder(column));
    }
  }

  const header = (column: ProvinceSort, label: string) => ({
    label: (
      <button type="button" className="sort-button" onClick={() => sortBy(column)}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {column === sort ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    ),
    sort: column === sort ? (order === 'asc' ? ('ascending' as const) : ('descending' as const)) : undefined,
  });
  const rate =
    (cell: (row: ProvinceFiguresRow) => Parameters<typeof RateFigure>[0]['rate']) => (row: ProvinceFiguresRow) => (
      <RateFigure rate={cell(row)} compact />
    );
  const name = (row: ProvinceFiguresRow): ReactNode => (
    <>
      <Link to={provinceHref(row.code)}>{row.name}</Link>
      {row.synthetic && <span className="badge badge--estimate">{t('provinceFigures.synthetic')}</span>}
    </>
  );

  return (
    <QueryState
      query={query}
      errorTitle={t('provinceFigures.error')}
      isEmpty={query.data?.items.length === 0}
      empty={t('provinceFigures.empty')}
    >
      {query.data && (
        <>
          <p className="as-of">{t('stats.asOf', { time: formatAsOf(query.data.asOf) })}</p>
          <DataTable
            label={t('provinceFigures.caption')}
            rows={rows}
            rowKey={(row) => row.code}
            busy={query.isFetching}
            columns={[
              { ...header('rank', t('provinceFigures.rank')), cell: (row) => row.rank ?? '—' },
              { ...header('name', t('provinceFigures.province')), rowHeader: true, cell: name },
              {
                ...header('learners', t('stats.learners')),
                numeric: true,
                cell: (row) => formatCount(row.counts.learners),
              },
              {
                ...header('certified', t('stats.certified')),
                numeric: true,
                cell: (row) => formatCount(row.counts.certified),
              },
              {
                ...header('completion', t('stats.completionRate')),
                numeric: true,
                cell: rate((row) => row.rates.completion),
              },
              {
                ...header('participation', t('stats.participationRate')),
                numeric: true,
                cell: rate((row) => row.rates.participation),
              },
              {
                ...header('coverage', t('stats.publicServantCoverage')),
                numeric: true,
                cell: rate((row) => row.rates.publicServantCoverage),
              },
            ]}
          />
        </>
      )}
    </QueryState>
  );
}

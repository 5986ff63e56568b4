import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedTable } from '@/components/ui/PagedList';
import { useAgencyStats } from '../api/stats';
import { formatCount } from '../format';
import { AsOf } from './AsOf';
import { RateFigure } from './RateFigure';

/**
 * The agencies in the caller's scope, ranked by public-servant coverage, each with the organisation above it: now,
 * or at the end of `asOf` (a past day); one province's with `province` (an administrator's choice).
 */
export function AgencyStatsTable({ asOf = '', province = '' }: { asOf?: string; province?: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  // another province's table starts at its first page (state adjusted while rendering, as React advises)
  const [pageOf, setPageOf] = useState(province);
  if (pageOf !== province) {
    setPageOf(province);
    setPage(1);
  }
  const query = useAgencyStats(page, 20, true, asOf, province);
  return (
    <section aria-labelledby="agency-table-title" className="stack">
      <h2 id="agency-table-title">{t('stats.agencyTableTitle')}</h2>
      <PagedTable
        label={t('stats.agencyTableTitle')}
        query={query}
        empty={t('stats.noAgencies')}
        pagesLabel={t('stats.agencyTablePages')}
        onPage={setPage}
        before={(data) => <AsOf time={data.asOf} />}
        rowKey={(row) => row.id}
        columns={[
          { label: t('stats.rank'), cell: (row) => row.rank ?? '—' },
          {
            label: t('stats.agency'),
            rowHeader: true,
            cell: (row) => <Link to={`/quan-ly/co-quan/${row.id}`}>{row.name}</Link>,
          },
          { label: t('stats.agencyParent'), cell: (row) => row.parentName ?? '—' },
          { label: t('stats.learners'), numeric: true, cell: (row) => formatCount(row.counts.learners) },
          { label: t('stats.certified'), numeric: true, cell: (row) => formatCount(row.counts.certified) },
          {
            label: t('stats.publicServantCoverage'),
            numeric: true,
            cell: (row) => <RateFigure rate={row.coverage} compact />,
          },
        ]}
      />
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pagination } from '@/components/ui/Pagination';
import { TableScroll } from '@/components/ui/TableScroll';
import { QueryState } from '@/components/ui/QueryState';
import { useAgencyStats } from '../api/stats';
import { formatAsOf, formatCount } from '../format';
import { RateFigure } from './RateFigure';

/** The agencies in the caller's scope, ranked by public-servant coverage. */
export function AgencyStatsTable() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useAgencyStats(page);
  const data = query.data;
  return (
    <section aria-labelledby="agency-table-title" className="stack">
      <h2 id="agency-table-title">{t('stats.agencyTableTitle')}</h2>
      <QueryState query={query} isEmpty={data?.items.length === 0} empty={t('stats.noAgencies')}>
        {data && (
          <>
            <p className="as-of">{t('stats.asOf', { time: formatAsOf(data.asOf) })}</p>
            <TableScroll label={t('stats.agencyTableTitle')}>
              <table className="table">
                <caption className="visually-hidden">{t('stats.agencyTableTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('stats.rank')}</th>
                    <th scope="col">{t('stats.agency')}</th>
                    <th scope="col" className="num">{t('stats.learners')}</th>
                    <th scope="col" className="num">{t('stats.certified')}</th>
                    <th scope="col" className="num">{t('stats.publicServantCoverage')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((row) => (
                    <tr key={row.id}>
                      <td>{row.rank ?? '—'}</td>
                      <th scope="row">
                        <Link to={`/quan-ly/co-quan/${row.id}`}>{row.name}</Link>
                      </th>
                      <td className="num">{formatCount(row.counts.learners)}</td>
                      <td className="num">{formatCount(row.counts.certified)}</td>
                      <td className="num">
                        <RateFigure rate={row.coverage} compact />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <Pagination page={data.page} totalPages={data.totalPages} totalItems={data.totalItems} onChange={setPage} label={t('stats.agencyTablePages')} />
          </>
        )}
      </QueryState>
    </section>
  );
}

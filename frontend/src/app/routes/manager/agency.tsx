import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/ui';
import { QueryState } from '@/components/ui/QueryState';
import { formatAsOf, formatCount, RateFigure, SeriesChart, TargetList, useAgencyDetail } from '@/features/stats';
import { ApiError } from '@/lib/api/problem';
import { Forbidden } from '../../Forbidden';
import { RequireRole } from '../../RequireRole';

function AgencyDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const detail = useAgencyDetail(id);
  if (detail.error instanceof ApiError && detail.error.status === 403) return <Forbidden />;
  const data = detail.data;
  const title = data?.agency.name ?? t('agencyDetail.title');
  return (
    <div className="stack stack--wide">
      <PageTitle title={title}>{title}</PageTitle>
      <p>
        <Link to="/quan-ly">{t('unitDetail.back')}</Link>
      </p>
      <QueryState query={detail} errorTitle={t('agencyDetail.error')}>
        {data && (
          <>
            <p className="as-of">{t('stats.asOf', { time: formatAsOf(data.asOf) })}</p>
            <div className="cards">
              <div className="stat-card">
                <h2 className="stat-card__label">{t('stats.learners')}</h2>
                <p className="stat-card__value">{formatCount(data.counts.learners)}</p>
              </div>
              <div className="stat-card">
                <h2 className="stat-card__label">{t('stats.certified')}</h2>
                <p className="stat-card__value">{formatCount(data.counts.certified)}</p>
              </div>
              <div className="stat-card">
                <h2 className="stat-card__label">{t('stats.publicServantCoverage')}</h2>
                <p className="stat-card__value">
                  <RateFigure rate={data.coverage} />
                </p>
              </div>
              <div className="stat-card">
                <h2 className="stat-card__label">{t('stats.rank')}</h2>
                <p className="stat-card__value">{data.rank ?? t('unitDetail.unranked')}</p>
              </div>
            </div>
            <TargetList targets={data.targets} />
            <SeriesChart series={data.series} />
          </>
        )}
      </QueryState>
    </div>
  );
}

export default function AgencyDetailPage() {
  const { id = '' } = useParams();
  const agencyId = Number(id);
  return (
    <RequireRole
      roles={['ADMIN', 'AGENCY_MANAGER']}
      allow={(claims) => claims.roles.includes('ADMIN') || claims.agencies.includes(agencyId)}
    >
      <AgencyDetail id={agencyId} />
    </RequireRole>
  );
}

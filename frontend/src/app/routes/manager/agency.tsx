import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/ui';
import { QueryState } from '@/components/ui/QueryState';
import { AsOf, formatCount, RateFigure, SeriesChart, StatCard, TargetList, useAgencyDetail } from '@/features/stats';
import { ApiError } from '@/lib/api/problem';
import { can, rolesFor } from '@/lib/auth/capabilities';
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
            <AsOf time={data.asOf} />
            <div className="cards">
              <StatCard level={2} label={t('stats.learners')}>
                {formatCount(data.counts.learners)}
              </StatCard>
              <StatCard level={2} label={t('stats.certified')}>
                {formatCount(data.counts.certified)}
              </StatCard>
              <StatCard level={2} label={t('stats.publicServantCoverage')}>
                <RateFigure rate={data.coverage} />
              </StatCard>
              <StatCard level={2} label={t('stats.rank')}>
                {data.rank ?? t('unitDetail.unranked')}
              </StatCard>
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
      roles={rolesFor('organisationFigures')}
      allow={(claims) => can(claims, 'anyOrganisation') || claims.agencies.includes(agencyId)}
    >
      <AgencyDetail id={agencyId} />
    </RequireRole>
  );
}

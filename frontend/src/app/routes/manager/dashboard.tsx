import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';
import { QueryState } from '@/components/ui/QueryState';
import { useUnit } from '@/features/units';
import {
  AgencyStatsTable,
  AsOfPicker,
  ChangeLine,
  type AsOfChoice,
  RankingChart,
  SeriesChart,
  SummaryCards,
  TargetList,
  UnitStatsTable,
  useSummary,
  useUnitStats,
} from '@/features/stats';
import { can, rolesFor } from '@/lib/auth/capabilities';
import { useClaims } from '@/lib/auth/claims';
import { ManagedProvinceSelect, useManagedProvince } from '../../managed-province';
import { forRoles } from '../../RequireRole';

/** A managed unit's name (the token carries only its code). */
function UnitName({ code }: { code: string }) {
  const unit = useUnit(code);
  return <>{unit.data?.name ?? code}</>;
}

function ProvinceOverview({ choice, province }: { choice: AsOfChoice; province: string }) {
  const { t } = useTranslation();
  const summary = useSummary(30, choice.asOf, choice.compareTo, province);
  return (
    <QueryState query={summary} errorTitle={t('manager.summaryError')}>
      {summary.data && (
        <>
          <SummaryCards
            asOf={summary.data.asOf}
            counts={summary.data.counts}
            byGroup={summary.data.byGroup}
            rates={summary.data.rates}
          />
          {summary.data.change && <ChangeLine change={summary.data.change} />}
          <TargetList targets={summary.data.targets} />
          <SeriesChart series={summary.data.series} />
        </>
      )}
    </QueryState>
  );
}

function UnitRanking({ asOf, province }: { asOf: string; province: string }) {
  const { t } = useTranslation();
  const top = useUnitStats({
    sort: 'participationRate',
    order: 'desc',
    page: 1,
    size: 10,
    asOf,
    province: province || undefined,
  });
  return (
    <section aria-labelledby="ranking-section" className="stack">
      <h2 id="ranking-section">{t('manager.rankingTitle')}</h2>
      <QueryState query={top} isEmpty={top.data?.items.length === 0} empty={t('stats.noUnits')}>
        {top.data && (
          <RankingChart
            title={t('manager.rankingCaption')}
            places={top.data.items.map((row) => ({
              key: row.code,
              name: row.name,
              rank: row.rank,
              rate: row.rates.participation,
            }))}
          />
        )}
      </QueryState>
    </section>
  );
}

function Dashboard() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<AsOfChoice>({ asOf: '', compareTo: '' });
  const claims = useClaims();
  const seesUnits = can(claims, 'unitFigures');
  const seesAgencies = can(claims, 'organisationFigures');
  const myUnits = claims.roles.includes('UNIT_MANAGER') ? claims.units : [];
  const myAgencies = claims.roles.includes('AGENCY_MANAGER') ? claims.agencies : [];
  // the national administrator's figures are one province's (`?tinh=`, the home province by default) or
  // every province's summed (`?tinh=toan-quoc`); a province administrator's its own province's; a
  // manager's their own scope's, no province named
  const managed = useManagedProvince({ every: true });
  const province = managed.code;
  return (
    <div className="stack stack--wide">
      <PageTitle title={t('manager.title')}>{t('manager.title')}</PageTitle>
      {(myUnits.length > 0 || myAgencies.length > 0) && (
        <nav aria-label={t('manager.myScope')} className="card">
          <h2>{t('manager.myScope')}</h2>
          <ul className="link-list">
            {myUnits.map((code) => (
              <li key={code}>
                <Link to={`/quan-ly/don-vi/${code}`}>
                  <UnitName code={code} />
                </Link>{' '}
                · <Link to={`/quan-ly/don-vi/${code}/hoc-vien`}>{t('manager.followUpLink')}</Link>
              </li>
            ))}
            {myAgencies.map((id) => (
              <li key={id}>
                <Link to={`/quan-ly/co-quan/${id}`}>{t('manager.myAgency', { id })}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ManagedProvinceSelect id="manager-province" province={managed} every />
      <AsOfPicker idPrefix="manager" value={choice} onChange={setChoice} compare />
      <ProvinceOverview choice={choice} province={province} />
      {seesUnits && <UnitRanking asOf={choice.asOf} province={province} />}
      {seesUnits && (
        <UnitStatsTable key={province} showExport asOf={choice.asOf} compareTo={choice.compareTo} province={province} />
      )}
      {seesAgencies && <AgencyStatsTable asOf={choice.asOf} province={province} />}
      {(can(claims, 'anyRoster') || myAgencies.length > 0) && (
        <p>
          <Link to="/quan-ly/danh-sach">{t('rosters.link')}</Link>
        </p>
      )}
      {(can(claims, 'provinceReports') || myUnits.length > 0) && (
        <p>
          <Link to="/quan-ly/bao-cao">
            {can(claims, 'provinceReports') ? t('reports.link') : t('reports.linkUnit')}
          </Link>
        </p>
      )}
      {can(claims, 'provinces') && (
        <p>
          <Link to="/quan-tri/toan-quoc">{t('provinceFigures.link')}</Link>
        </p>
      )}
      {can(claims, 'admin') && (
        <p>
          <Link to="/quan-tri">{t('manager.adminLink')}</Link>
        </p>
      )}
    </div>
  );
}

export default forRoles(rolesFor('dashboard'), Dashboard);

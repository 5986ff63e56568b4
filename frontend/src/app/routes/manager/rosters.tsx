import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';
import { RosterImport } from '@/features/rosters';
import { AgencySelect } from '@/features/units';
import { hasAnyRole, useClaims } from '@/lib/auth/claims';
import { RequireRole } from '../../RequireRole';

/**
 * Rosters of one organisation: an administrator chooses any, an agency manager one of their own (the
 * server checks it again: a manager of another organisation is refused).
 */
function Rosters() {
  const { t } = useTranslation();
  const claims = useClaims();
  const isAdmin = hasAnyRole(claims, ['ADMIN']);
  const own = claims.agencies;
  const [organisationId, setOrganisationId] = useState(!isAdmin && own.length === 1 ? String(own[0]) : '');
  return (
    <div className="stack stack--wide">
      <PageTitle title={t('rosters.title')}>{t('rosters.title')}</PageTitle>
      <p>
        <Link to="/quan-ly">{t('unitDetail.back')}</Link>
      </p>
      <p>{t('rosters.intro')}</p>
      <AgencySelect
        id="organisation"
        label={t('rosters.organisation')}
        hint={t(isAdmin ? 'rosters.organisationHintAdmin' : 'rosters.organisationHint')}
        value={organisationId}
        onChange={setOrganisationId}
        only={isAdmin ? undefined : own}
      />
      {organisationId && <RosterImport key={organisationId} organisationId={Number(organisationId)} />}
    </div>
  );
}

export default function RostersPage() {
  return (
    <RequireRole roles={['ADMIN', 'AGENCY_MANAGER']}>
      <Rosters />
    </RequireRole>
  );
}

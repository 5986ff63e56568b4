import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/ui';
import { HelperActivityList, UnitHelpers } from '@/features/assisted';
import { RequireRole } from '../../RequireRole';

/** A unit's community helpers and what they did: for its managers and the province administrators (as the API). */
export default function UnitHelpersPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <RequireRole
      roles={['UNIT_MANAGER', 'ADMIN']}
      allow={(claims) => claims.roles.includes('ADMIN') || claims.units.includes(code)}
    >
      <div className="stack stack--wide">
        <PageTitle title={t('helpers.title')}>{t('helpers.title')}</PageTitle>
        <p>
          <Link to={`/quan-ly/don-vi/${code}`}>{t('followUp.back')}</Link>
        </p>
        <p>{t('helpers.intro')}</p>
        <UnitHelpers code={code} />
        <HelperActivityList code={code} />
      </div>
    </RequireRole>
  );
}

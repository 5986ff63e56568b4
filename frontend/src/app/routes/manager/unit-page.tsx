import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';
import { can, rolesFor } from '@/lib/auth/capabilities';
import { RequireRole } from '../../RequireRole';

/**
 * A unit's pages are for its own managers and the administrators (the national one, its province's); with
 * `ownManagersOnly` (personal data) for its own managers alone. The API says the same; a unit manager of another unit is refused here first.
 */
export function RequireUnit({
  code,
  ownManagersOnly = false,
  children,
}: {
  code: string;
  ownManagersOnly?: boolean;
  children: ReactNode;
}) {
  return (
    <RequireRole
      roles={ownManagersOnly ? ['UNIT_MANAGER'] : rolesFor('unitFigures')}
      allow={(claims) => (!ownManagersOnly && can(claims, 'anyUnit')) || claims.units.includes(code)}
    >
      {children}
    </RequireRole>
  );
}

/** A page below a unit's page: its title and the way back to the unit, for those `RequireUnit` lets in. */
export function UnitSubpage({
  code,
  title,
  ownManagersOnly,
  children,
}: {
  code: string;
  title: string;
  ownManagersOnly?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <RequireUnit code={code} ownManagersOnly={ownManagersOnly}>
      <div className="stack stack--wide">
        <PageTitle title={title}>{title}</PageTitle>
        <p>
          <Link to={`/quan-ly/don-vi/${code}`}>{t('followUp.back')}</Link>
        </p>
        {children}
      </div>
    </RequireUnit>
  );
}

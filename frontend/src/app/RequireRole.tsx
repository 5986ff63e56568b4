import type { ReactNode } from 'react';
import { hasAnyRole, useClaims, type Claims } from '@/lib/auth/claims';
import { Forbidden } from './Forbidden';
import { RequireAuth } from './RequireAuth';

interface Props {
  roles: readonly string[];
  /** A further check of scope, e.g. "this unit is one of mine". */
  allow?: (claims: Claims) => boolean;
  children: ReactNode;
}

/** Login first; then the page only for these roles (and scope), else a clear "no permission" page. */
export function RequireRole({ roles, allow, children }: Props) {
  return (
    <RequireAuth>
      <RoleCheck roles={roles} allow={allow}>
        {children}
      </RoleCheck>
    </RequireAuth>
  );
}

function RoleCheck({ roles, allow, children }: Props) {
  const claims = useClaims();
  if (!hasAnyRole(claims, roles) || (allow && !allow(claims))) return <Forbidden />;
  return children;
}

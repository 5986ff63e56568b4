import type { ComponentType, ReactNode } from 'react';
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

/** A page only for these roles, as a route's module exports it: `export default forRoles(['ADMIN'], Reports)`. */
export function forRoles(roles: readonly string[], Page: ComponentType) {
  return function RolePage() {
    return (
      <RequireRole roles={roles}>
        <Page />
      </RequireRole>
    );
  };
}

function RoleCheck({ roles, allow, children }: Props) {
  const claims = useClaims();
  if (!hasAnyRole(claims, roles) || (allow && !allow(claims))) return <Forbidden />;
  return children;
}

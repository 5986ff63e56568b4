import { tokenStore } from '@/lib/auth/session';

/** An unsigned JWT with the claims the API puts in its access tokens: the app only reads them. */
export function fakeToken(claims: {
  groups: string[];
  units?: string[];
  agencies?: number[];
  helperUnits?: string[];
  /** A province administrator's provinces. */
  provinces?: string[];
  sub?: string;
}): string {
  const encode = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  const payload = {
    sub: claims.sub ?? 'u-manager',
    groups: claims.groups,
    units: claims.units ?? [],
    agencies: claims.agencies ?? [],
    helper_units: claims.helperUnits ?? [],
    provinces: claims.provinces ?? [],
    aud: 'hocvuso-api',
  };
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

type Claims = Parameters<typeof fakeToken>[0];

/** Signs the test's user in: an access token with these groups and claims (the mocked API checks no token). */
export function signIn(groups: string[], claims: Omit<Claims, 'groups'> = {}) {
  tokenStore.setTokens({ accessToken: fakeToken({ groups, ...claims }), refreshToken: 'refresh' });
}

/** Signs in the province's administrator the admin pages' tests act as. */
export function signInAsAdmin() {
  signIn(['ADMIN'], { sub: 'admin-1' });
}

import { useMemo } from 'react';
import { useSession } from './session';

/**
 * What the access token says the caller may do: roles (`groups`) and their scopes (`units`, `agencies`,
 * and a province administrator's `provinces`).
 */
export interface Claims {
  userId: string | null;
  roles: string[];
  units: string[];
  agencies: number[];
  /** The units a community helper (HELPER) helps in; apart from `units`, which scope a manager. */
  helperUnits: string[];
  /** The provinces a province administrator (PROVINCE_ADMIN) administers: keys of `GET /api/v1/provinces`. */
  provinces: string[];
}

const NONE: Claims = { userId: null, roles: [], units: [], agencies: [], helperUnits: [], provinces: [] };

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * Reads the claims of a JWT without verifying it: only to decide which links and pages to show. The API
 * verifies the token and enforces every permission; a forged token here only shows pages that then fail.
 */
export function readClaims(token: string | null): Claims {
  if (!token) return NONE;
  try {
    const payload = decodeSegment(token.split('.')[1] ?? '') as Record<string, unknown>;
    const list = (value: unknown) => (Array.isArray(value) ? value : []);
    return {
      userId: typeof payload.sub === 'string' ? payload.sub : null,
      roles: list(payload.groups).filter((r): r is string => typeof r === 'string'),
      units: list(payload.units).map(String),
      agencies: list(payload.agencies)
        .map(Number)
        .filter((n) => Number.isFinite(n)),
      helperUnits: list(payload.helper_units).map(String),
      provinces: list(payload.provinces).map(String),
    };
  } catch {
    return NONE;
  }
}

export function hasAnyRole(claims: Claims, roles: readonly string[]): boolean {
  return claims.roles.some((role) => roles.includes(role));
}

/** Everyone who reads the managers' dashboard: the administrators (national and a province's) and the managers. */
export const MANAGER_ROLES = ['ADMIN', 'PROVINCE_ADMIN', 'UNIT_MANAGER', 'AGENCY_MANAGER'] as const;

export function useClaims(): Claims {
  const { accessToken } = useSession();
  return useMemo(() => readClaims(accessToken), [accessToken]);
}

import { hasAnyRole, MANAGER_ROLES, type Claims } from './claims';

const NATIONAL = ['ADMIN'] as const;
/** The national administrator and a province's (PROVINCE_ADMIN): the API keeps the latter to its province. */
const PROVINCIAL = ['ADMIN', 'PROVINCE_ADMIN'] as const;

/**
 * Who may use each part of the managers' and administrators' pages, in one table: the navigation, the
 * pages' guards, the administration's home and the links read it alike. A province administrator
 * (PROVINCE_ADMIN) has what the API opens to it within its province; what is national stays the
 * national administrator's (ADMIN). The API enforces every permission and scope; this only decides what to show.
 */
const CAPABILITIES = {
  /** The managers' dashboard (`/quan-ly`). */
  dashboard: MANAGER_ROLES,
  /** The administration's home (`/quan-tri`). */
  admin: PROVINCIAL,
  /** Choosing any province on the managers' pages (a province administrator: only its own). */
  anyProvince: NATIONAL,
  /** The units' table of the dashboard, a unit's pages, its helpers and villages (a unit manager: of their own units only)... */
  unitFigures: ['ADMIN', 'PROVINCE_ADMIN', 'UNIT_MANAGER'],
  /** ...any unit's (a province administrator: of its province, as the API says). */
  anyUnit: PROVINCIAL,
  /** The organisations' table of the dashboard, an organisation's page (an organisation manager: of their own only)... */
  organisationFigures: ['ADMIN', 'PROVINCE_ADMIN', 'AGENCY_MANAGER'],
  /** ...any organisation's (a province administrator: of its province). */
  anyOrganisation: PROVINCIAL,
  /** People search and the roles editor: unit and organisation managers. */
  roles: PROVINCIAL,
  /** Granting or revoking an administrator's role, and "log out everywhere". */
  nationalRoles: NATIONAL,
  targets: PROVINCIAL,
  denominators: PROVINCIAL,
  organisations: PROVINCIAL,
  /** The reports' page (a unit manager: their commune's appendix only). */
  reports: ['ADMIN', 'PROVINCE_ADMIN', 'UNIT_MANAGER'],
  /** Any of the reports of a province (the notice, the results files, any commune's appendix). */
  provinceReports: PROVINCIAL,
  courses: NATIONAL,
  paths: NATIONAL,
  /** Certificates: looking one up and revoking it. */
  certificates: NATIONAL,
  reportTemplates: NATIONAL,
  /** The national view, every province side by side (`/quan-tri/toan-quoc`). */
  provinces: NATIONAL,
  /** The organisations' rosters (an organisation manager: of their own only)... */
  rosters: ['ADMIN', 'AGENCY_MANAGER'],
  /** ...any organisation's. */
  anyRoster: NATIONAL,
} as const satisfies Record<string, readonly string[]>;

export type Capability = keyof typeof CAPABILITIES;

/** The roles that have this capability (for `RequireRole`). */
export function rolesFor(capability: Capability): readonly string[] {
  return CAPABILITIES[capability];
}

/** Whether the caller's token gives this capability. */
export function can(claims: Claims, capability: Capability): boolean {
  return hasAnyRole(claims, CAPABILITIES[capability]);
}

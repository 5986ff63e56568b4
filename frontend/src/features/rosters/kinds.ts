import type { LearnerGroup, OrganisationKind } from '@/lib/api/types';

/** What a roster imports: a school's students or staff, an enterprise's workers, an agency's public servants. */
export type RosterKind = 'STUDENTS' | 'SCHOOL_STAFF' | 'WORKERS' | 'PUBLIC_SERVANTS';

export interface RosterKindSpec {
  /** The kind of organisation that imports it (a school imports its students and its staff). */
  organisation: OrganisationKind;
  /** The learner group the rows become (sent as `group`: the server checks it against the organisation's kind). */
  group: Exclude<LearnerGroup, 'CITIZEN'>;
  /** The template to start from (`GET /imports/rosters/template?kind=`). */
  template: 'SCHOOL' | 'ENTERPRISE' | 'AGENCY';
  /**
   * The file's column headers, as the file must write them: they are the spreadsheet's words, not the
   * page's, so they stay Vietnamese in every language (English headers are read too).
   */
  columns: readonly string[];
}

export const ROSTER_KINDS: Record<RosterKind, RosterKindSpec> = {
  STUDENTS: {
    organisation: 'SCHOOL',
    group: 'STUDENT',
    template: 'SCHOOL',
    columns: ['Họ và tên', 'Số điện thoại', 'Email', 'Lớp', 'Mã xã/phường', 'Mã học sinh'],
  },
  SCHOOL_STAFF: {
    organisation: 'SCHOOL',
    group: 'CBCCVC',
    template: 'AGENCY',
    columns: ['Họ và tên', 'Số điện thoại', 'Email', 'Mã xã/phường', 'Mã cán bộ'],
  },
  WORKERS: {
    organisation: 'ENTERPRISE',
    group: 'WORKER',
    template: 'ENTERPRISE',
    columns: ['Họ và tên', 'Số điện thoại', 'Email', 'Mã xã/phường', 'Mã nhân viên'],
  },
  PUBLIC_SERVANTS: {
    organisation: 'AGENCY',
    group: 'CBCCVC',
    template: 'AGENCY',
    columns: ['Họ và tên', 'Số điện thoại', 'Email', 'Mã xã/phường', 'Mã cán bộ'],
  },
};

export const ROSTER_KIND_ORDER: readonly RosterKind[] = ['STUDENTS', 'SCHOOL_STAFF', 'WORKERS', 'PUBLIC_SERVANTS'];

/** The rosters an organisation of this kind imports, in the page's order (never empty). */
export function rosterKindsOf(organisation: OrganisationKind): RosterKind[] {
  return ROSTER_KIND_ORDER.filter((kind) => ROSTER_KINDS[kind].organisation === organisation);
}

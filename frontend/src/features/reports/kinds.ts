import type { components } from '@/lib/api/schema';

export type ReportKind = components['schemas']['ReportKind'];
export type ReportFormat = components['schemas']['ReportFormat'];

/** Which file each kind of report is made as (the API refuses another combination: 422 `report_format`). */
export const REPORT_FORMATS: Record<ReportKind, readonly ReportFormat[]> = {
  NOTICE: ['DOCX', 'PDF'],
  UNIT_RESULTS: ['XLSX'],
  AGENCY_RESULTS: ['XLSX'],
  COMMUNE_APPENDIX: ['DOCX', 'XLSX'],
};

/** The kinds in the order the form offers them: the notice first, a commune's appendix last. */
export const REPORT_KINDS = Object.keys(REPORT_FORMATS) as ReportKind[];

/** Only a commune's appendix is about one unit (its `unitCode`); the others are the province's. */
export const needsUnit = (kind: ReportKind) => kind === 'COMMUNE_APPENDIX';

/** The first day the API makes reports for (before it: 400 `date_before_campaign`): plan 368's first targets. */
export const FIRST_REPORT_DAY = '2025-07-01';

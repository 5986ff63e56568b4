import type { operations } from '@/lib/api/schema';
import type {
  LearnerFollowUpStatus,
  SchoolLevel,
  TargetGroup,
  TargetMetric,
  TargetScope,
  UnitType,
} from '@/lib/api/types';

/** The statistics' filters and choices (their schemas are named in lib/api/types). */

export type UnitStatsQuery = NonNullable<operations['listUnitStats']['parameters']['query']>;
export type UnitLearnersQuery = NonNullable<operations['listUnitLearners']['parameters']['query']>;

export const UNIT_TYPES: readonly UnitType[] = ['xã', 'phường', 'đặc khu'];
export const FOLLOW_UP_STATUSES: readonly LearnerFollowUpStatus[] = [
  'NOT_CERTIFIED',
  'NOT_ENROLLED',
  'NOT_COMPLETED',
  'NOT_PASSED',
];

export const TARGET_GROUPS: readonly TargetGroup[] = ['ALL', 'ADULTS', 'CBCCVC', 'STUDENT', 'WORKER', 'CITIZEN'];
export const TARGET_METRICS: readonly TargetMetric[] = [
  'PARTICIPATION_RATE',
  'CERTIFIED_RATE',
  'LEARNER_COUNT',
  'CERTIFIED_COUNT',
];
export const TARGET_SCOPES: readonly TargetScope[] = [
  'PROVINCE',
  'EACH_UNIT',
  'EACH_AGENCY',
  'EACH_SCHOOL',
  'EACH_ENTERPRISE',
  'EACH_VILLAGE',
];
/** School levels from the lowest up: a student target counts the schools from one level up. */
export const SCHOOL_LEVELS: readonly SchoolLevel[] = [
  'PRIMARY',
  'LOWER_SECONDARY',
  'UPPER_SECONDARY',
  'COLLEGE',
  'UNIVERSITY',
];

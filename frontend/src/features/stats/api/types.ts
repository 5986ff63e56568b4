import type { components, operations } from '@/lib/api/schema';

/** Names for the contract's statistics schemas (generated from ../openapi.yaml). */
type Schemas = components['schemas'];
export type Rate = Schemas['Rate'];
export type StatRates = Schemas['StatRates'];
export type StatCounts = Schemas['StatCounts'];
export type GroupCounts = Schemas['GroupCounts'];
export type SeriesPoint = Schemas['SeriesPoint'];
export type TargetStatus = Schemas['TargetStatus'];
export type TargetOverview = Schemas['TargetOverview'];
export type ProvinceStats = Schemas['ProvinceStats'];
export type UnitStatsRow = Schemas['UnitStatsRow'];
export type UnitStatsPage = Schemas['UnitStatsPage'];
export type UnitStatsDetail = Schemas['UnitStatsDetail'];
export type UnitStatsSort = Schemas['UnitStatsSort'];
export type AgencyStatsRow = Schemas['AgencyStatsRow'];
export type AgencyStatsDetail = Schemas['AgencyStatsDetail'];
export type UnitLearner = Schemas['UnitLearner'];
export type LearnerFollowUpStatus = Schemas['LearnerFollowUpStatus'];
export type PublicDashboard = Schemas['PublicDashboard'];
export type PublicUnitRow = Schemas['PublicUnitRow'];
export type UnitType = Schemas['UnitType'];
export type LearnerGroup = Schemas['LearnerGroup'];

export type UnitStatsQuery = NonNullable<operations['listUnitStats']['parameters']['query']>;
export type UnitLearnersQuery = NonNullable<operations['listUnitLearners']['parameters']['query']>;

export const UNIT_TYPES: readonly UnitType[] = ['xã', 'phường', 'đặc khu'];
export const FOLLOW_UP_STATUSES: readonly LearnerFollowUpStatus[] = ['NOT_CERTIFIED', 'NOT_ENROLLED', 'NOT_COMPLETED', 'NOT_PASSED'];

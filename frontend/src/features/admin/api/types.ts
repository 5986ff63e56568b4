import type { components } from '@/lib/api/schema';

/** Names for the contract's administration schemas (generated from ../openapi.yaml). */
type Schemas = components['schemas'];
export type AdminCourse = Schemas['AdminCourse'];
export type AdminCourseSummary = Schemas['AdminCourseSummary'];
export type AdminModule = Schemas['AdminModule'];
export type AdminLesson = Schemas['AdminLesson'];
export type AdminQuestion = Schemas['AdminQuestion'];
export type AdminCreateLessonRequest = Schemas['AdminCreateLessonRequest'];
export type AdminUpdateLessonRequest = Schemas['AdminUpdateLessonRequest'];
export type AdminCreateQuestionRequest = Schemas['AdminCreateQuestionRequest'];
export type AdminUpdateQuestionRequest = Schemas['AdminUpdateQuestionRequest'];
export type AdminCreateCourseRequest = Schemas['AdminCreateCourseRequest'];
export type Target = Schemas['Target'];
export type TargetRequest = Schemas['TargetRequest'];
export type TargetGroup = Schemas['TargetGroup'];
export type TargetMetric = Schemas['TargetMetric'];
export type TargetScope = Schemas['TargetScope'];
export type UnitDenominatorRequest = Schemas['UnitDenominatorRequest'];
export type AgencyDenominatorRequest = Schemas['AgencyDenominatorRequest'];
export type Profile = Schemas['Profile'];
export type RoleGrant = Schemas['RoleGrant'];
export type GrantRoleRequest = Schemas['GrantRoleRequest'];
export type CertificateRecord = Schemas['CertificateRecord'];

export const TARGET_GROUPS: readonly TargetGroup[] = ['ALL', 'ADULTS', 'CBCCVC', 'STUDENT', 'WORKER', 'CITIZEN'];
export const TARGET_METRICS: readonly TargetMetric[] = ['PARTICIPATION_RATE', 'CERTIFIED_RATE', 'LEARNER_COUNT', 'CERTIFIED_COUNT'];
export const TARGET_SCOPES: readonly TargetScope[] = ['PROVINCE', 'EACH_UNIT', 'EACH_AGENCY'];

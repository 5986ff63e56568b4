import type { components } from './schema';

/** Names for the contract's schemas (generated from ../openapi.yaml; never written by hand). */
type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
/** The closed list of problem codes: a comparison with a code the contract does not list fails to compile. */
export type ProblemCode = Schemas['ProblemCode'];
export type Violation = Schemas['Violation'];
export type Unit = Schemas['Unit'];
export type UnitRef = Schemas['UnitRef'];
export type Province = Schemas['Province'];
export type Agency = Schemas['Agency'];
export type Profile = Schemas['Profile'];
/** A learner's organisation as the profile names it (and as a form keeps a chosen one). */
export type OrganisationRef = NonNullable<Profile['organisation']>;
export type OrganisationKind = Schemas['OrganisationKind'];
export type LearnerGroup = Schemas['LearnerGroup'];
export type Role = Schemas['Role'];
export type TokenResponse = Schemas['TokenResponse'];
export type RegisterRequest = Schemas['RegisterRequest'];
export type UpdateProfileRequest = Schemas['UpdateProfileRequest'];

export const LEARNER_GROUPS: readonly LearnerGroup[] = ['CITIZEN', 'CBCCVC', 'STUDENT', 'WORKER'];

export type PublishedCourse = Schemas['PublishedCourse'];
export type CourseOutline = Schemas['CourseOutline'];
export type OutlineModule = Schemas['OutlineModule'];
export type OutlineLesson = Schemas['OutlineLesson'];
export type LessonContent = Schemas['LessonContent'];
export type Enrollment = Schemas['Enrollment'];
export type MyPath = Schemas['MyPath'];
export type MyPathCourse = Schemas['MyPathCourse'];
export type LearningPath = Schemas['LearningPath'];
export type UpdatePathRequest = Schemas['UpdatePathRequest'];
export type ResumePoint = Schemas['ResumePoint'];
export type ProgressRequest = Schemas['ProgressRequest'];
export type LessonProgress = Schemas['LessonProgress'];
export type QuizAttempt = Schemas['QuizAttempt'];
export type AttemptQuestion = Schemas['AttemptQuestion'];
export type AttemptResult = Schemas['AttemptResult'];
export type SavedAnswers = Schemas['SavedAnswers'];
export type CertificateVerification = Schemas['CertificateVerification'];
export type MyCertificate = Schemas['MyCertificate'];
export type CredentialVerification = Schemas['CredentialVerification'];

// statistics, targets and denominators
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
export type Target = Schemas['Target'];
export type TargetRequest = Schemas['TargetRequest'];
export type TargetGroup = Schemas['TargetGroup'];
export type TargetMetric = Schemas['TargetMetric'];
export type TargetScope = Schemas['TargetScope'];
export type SchoolLevel = Schemas['SchoolLevel'];
export type TargetPlace = Schemas['TargetPlace'];
export type UnitDenominatorRequest = Schemas['UnitDenominatorRequest'];
export type AgencyDenominatorRequest = Schemas['AgencyDenominatorRequest'];

// course editing
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

// retakes and practice
export type QuizStatus = Schemas['QuizStatus'];
export type AttemptReview = Schemas['AttemptReview'];
export type ReviewItem = Schemas['ReviewItem'];
export type PracticeSet = Schemas['PracticeSet'];
export type PracticeFeedback = Schemas['PracticeFeedback'];

// accounts and certificates (administration)
export type CertificateRecord = Schemas['CertificateRecord'];
export type RoleGrant = Schemas['RoleGrant'];
export type GrantRoleRequest = Schemas['GrantRoleRequest'];
export type StatsChange = Schemas['StatsChange'];

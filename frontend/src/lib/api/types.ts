import type { components } from './schema';

/** Names for the contract's schemas (generated from ../openapi.yaml; never written by hand). */
type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
/** The closed list of problem codes: a comparison with a code the contract does not list fails to compile. */
export type ProblemCode = Schemas['ProblemCode'];
export type Violation = Schemas['Violation'];
export type Unit = Schemas['Unit'];
export type UnitRef = Schemas['UnitRef'];
export type Agency = Schemas['Agency'];
export type Profile = Schemas['Profile'];
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
export type ResumePoint = Schemas['ResumePoint'];
export type ProgressRequest = Schemas['ProgressRequest'];
export type LessonProgress = Schemas['LessonProgress'];
export type QuizAttempt = Schemas['QuizAttempt'];
export type AttemptQuestion = Schemas['AttemptQuestion'];
export type AttemptResult = Schemas['AttemptResult'];
export type SavedAnswers = Schemas['SavedAnswers'];
export type CertificateVerification = Schemas['CertificateVerification'];
export type MyCertificate = Schemas['MyCertificate'];

import type { components } from './schema';

/** Names for the contract's schemas (generated from ../openapi.yaml; never written by hand). */
type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
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

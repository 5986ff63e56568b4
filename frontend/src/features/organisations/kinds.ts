import type { LearnerGroup } from '@/lib/api/types';
import type { OrganisationKind } from './api/organisations';

/**
 * Where each learner group belongs (the server checks the same): a student in a school, a worker in an
 * enterprise, a public servant in an agency or, a teacher, a school. Citizens belong to no organisation.
 */
export const ORGANISATION_KINDS_OF_GROUP: Record<LearnerGroup, readonly OrganisationKind[]> = {
  STUDENT: ['SCHOOL'],
  WORKER: ['ENTERPRISE'],
  CBCCVC: ['AGENCY', 'SCHOOL'],
  CITIZEN: [],
};

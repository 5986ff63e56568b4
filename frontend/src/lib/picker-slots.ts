import type { LearnerGroup, OrganisationRef, UnitRef } from '@/lib/api/types';
import type { FieldProps, FieldSlotProps } from '@/lib/use-api-form';

/**
 * What a form about a person (registration, their profile) hands the pickers it is given: the pickers live in
 * other features, so the app's routes put them in the form's slots.
 */
export type UnitSlotProps = FieldSlotProps<UnitRef | null>;
/**
 * The organisation picker is handed the group it asks for (a student's school, a worker's enterprise, a
 * public servant's agency or school: it words its label for it) and the unit chosen above it (its
 * organisations first).
 */
export type OrganisationSlotProps = FieldProps<OrganisationRef | null> & {
  group: Exclude<LearnerGroup, 'CITIZEN'>;
  unitCode: string | undefined;
};
/** The village picker is handed the unit chosen above it. */
export type VillageSlotProps = FieldSlotProps & { unitCode: string | undefined };

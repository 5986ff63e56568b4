import { useTranslation } from 'react-i18next';
import type { LearnerGroup } from '@/lib/api/types';
import type { FieldProps } from '@/lib/use-api-form';
import type { OrganisationRef } from '../api/organisations';
import { ORGANISATION_KINDS_OF_GROUP } from '../kinds';
import { OrganisationCombobox } from './OrganisationCombobox';

export interface GroupOrganisationFieldProps extends FieldProps<OrganisationRef | null> {
  group: Exclude<LearnerGroup, 'CITIZEN'>;
  /** The learner's unit: its schools or enterprises are offered first. */
  unitCode: string | undefined;
}

/**
 * A learner's organisation at registration and in the profile, optional (a person may not know it): a
 * student's school, a worker's enterprise, a public servant's agency or (a teacher) school.
 */
export function GroupOrganisationField({ group, unitCode, ...props }: GroupOrganisationFieldProps) {
  const { t } = useTranslation();
  return (
    <OrganisationCombobox
      {...props}
      label={t(`organisations.field.${group}.label`)}
      hint={t(`organisations.field.${group}.hint`)}
      kinds={ORGANISATION_KINDS_OF_GROUP[group]}
      unitCode={unitCode}
      optional
    />
  );
}

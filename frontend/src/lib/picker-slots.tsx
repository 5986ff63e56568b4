import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui';
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

/** The slots of a form about a person, filled by the app's routes. */
export interface PickerSlots {
  renderUnitField: (props: UnitSlotProps) => ReactNode;
  renderOrganisationField: (props: OrganisationSlotProps) => ReactNode;
  renderVillageField: (props: VillageSlotProps) => ReactNode;
}

/** The API's names of the place fields (in its violations), mapped to the form's fields. */
export const PLACE_FIELD_OF = {
  unitCode: 'unit',
  agencyId: 'organisation',
  organisationId: 'organisation',
  villageId: 'village',
} as const;

/** The part of a form (`useApiForm`) the place fields are drawn from. */
interface PlaceForm {
  field(name: 'unit'): FieldProps<UnitRef | null>;
  field(name: 'organisation'): FieldProps<OrganisationRef | null>;
  field(name: 'village' | 'className'): FieldProps;
}

/**
 * Where a person learns, as registration and the profile ask it: their unit, a village of that unit (the
 * villages of the unit chosen here: a village of another unit no longer fits), their organisation unless they
 * are a citizen (drawn afresh for another group: a school is no enterprise) and a student's class.
 */
export function PlaceFields({ form, group, ...slots }: PickerSlots & { form: PlaceForm; group: LearnerGroup | '' }) {
  const { t } = useTranslation();
  const unit = form.field('unit');
  const unitCode = unit.value?.code;
  return (
    <>
      {slots.renderUnitField({ ...unit, label: t('register.unit'), hint: t('register.unitHint') })}
      {slots.renderVillageField({
        ...form.field('village'),
        label: t('register.village'),
        hint: t('register.villageHint'),
        unitCode,
      })}
      {group && group !== 'CITIZEN' && (
        <Fragment key={group}>
          {slots.renderOrganisationField({ ...form.field('organisation'), group, unitCode })}
        </Fragment>
      )}
      {group === 'STUDENT' && (
        <TextField
          {...form.field('className')}
          label={t('register.className')}
          hint={t('register.classNameHint')}
          maxLength={50}
        />
      )}
    </>
  );
}

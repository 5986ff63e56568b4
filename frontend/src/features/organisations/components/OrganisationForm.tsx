import { useTranslation } from 'react-i18next';
import { Select, TextField } from '@/components/ui';
import { FormFooter } from '@/components/ui/FormFooter';
import { sizeError, type FieldErrors } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import {
  ORGANISATION_KINDS,
  SCHOOL_LEVELS,
  useSaveOrganisation,
  type Organisation,
  type OrganisationRequest,
} from '../api/organisations';

const FIELDS = ['name', 'kind', 'schoolLevel', 'unitCode', 'parentId', 'openedOn'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

/** The API's rules again: a name of 1–300 characters, a school's level, an enterprise's unit, five-digit codes. */
function validate(v: Values): FieldErrors<Field> {
  const e: FieldErrors<Field> = sizeError('name', v.name, 1, 300);
  if (v.kind === 'SCHOOL' && !v.schoolLevel) e.schoolLevel = { key: 'admin.organisations.levelRequired' };
  if (v.unitCode && !/^\d{5}$/.test(v.unitCode.trim())) e.unitCode = { key: 'admin.organisations.unitFormat' };
  if (v.kind === 'ENTERPRISE' && !v.unitCode.trim()) e.unitCode = { key: 'admin.organisations.unitRequired' };
  if (v.parentId && !/^\d{1,18}$/.test(v.parentId.trim())) e.parentId = { key: 'admin.organisations.parentFormat' };
  return e;
}

/**
 * Creates an organisation under `parentId` (a department with neither parent nor unit: `province`'s), or changes
 * (and, by a new parent, moves) `organisation`.
 */
export function OrganisationForm({
  organisation,
  parentId,
  province,
  onDone,
}: {
  organisation: Organisation | null;
  parentId: number | null;
  province: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveOrganisation(province);
  const form = useApiForm<Values, Field>({
    initial: {
      name: organisation?.name ?? '',
      kind: organisation?.kind ?? 'AGENCY',
      schoolLevel: organisation?.schoolLevel ?? '',
      unitCode: organisation?.unitCode ?? '',
      parentId: (organisation ? organisation.parentId : parentId)?.toString() ?? '',
      openedOn: organisation?.openedOn ?? '',
    },
    fields: FIELDS,
    validate,
  });
  const onSubmit = form.submit(async (v) => {
    const body: OrganisationRequest = {
      name: v.name.trim(),
      kind: v.kind as OrganisationRequest['kind'],
      schoolLevel: v.kind === 'SCHOOL' ? (v.schoolLevel as OrganisationRequest['schoolLevel']) : null,
      unitCode: v.unitCode.trim() || null,
      parentId: v.parentId.trim() ? Number(v.parentId.trim()) : null,
      openedOn: v.openedOn || null,
      version: organisation?.version ?? null,
    };
    await save.mutateAsync({ id: organisation?.id ?? null, body });
    onDone();
  });

  return (
    <form className="form stack card" onSubmit={onSubmit} noValidate aria-labelledby="organisation-form-title">
      <h2 id="organisation-form-title">
        {organisation ? t('admin.organisations.editTitle') : t('admin.organisations.createTitle')}
      </h2>
      <TextField {...form.field('name')} label={t('admin.organisations.name')} maxLength={300} />
      <Select
        {...form.field('kind')}
        label={t('admin.organisations.kind')}
        options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) }))}
      />
      {form.values.kind === 'SCHOOL' && (
        <Select
          {...form.field('schoolLevel')}
          label={t('admin.organisations.level')}
          options={[
            { value: '', label: t('admin.organisations.chooseLevel') },
            ...SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`organisations.levels.${l}`) })),
          ]}
        />
      )}
      <TextField
        {...form.field('unitCode')}
        label={t('admin.organisations.unitCode')}
        hint={t('admin.organisations.unitCodeHint')}
        inputMode="numeric"
        maxLength={5}
        optional={form.values.kind !== 'ENTERPRISE'}
      />
      <TextField
        {...form.field('parentId')}
        label={t('admin.organisations.parentId')}
        hint={t('admin.organisations.parentIdHint')}
        inputMode="numeric"
        optional
      />
      <TextField {...form.field('openedOn')} type="date" label={t('admin.organisations.openedOn')} optional />
      <FormFooter error={form.formError} saving={save.isPending} onCancel={onDone} />
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { Button, FormMessages, TextField } from '@/components/ui';
import type { Profile, UpdateProfileRequest } from '@/lib/api/types';
import { cleanText } from '@/lib/forms';
import { PLACE_FIELD_OF, PlaceFields, type PickerSlots } from '@/lib/picker-slots';
import { useApiForm } from '@/lib/use-api-form';
import { useUpdateMe } from '../api/me';
import { PROFILE_FIELDS, validateProfile, type ProfileField, type ProfileValues } from '../schemas';

interface Props extends PickerSlots {
  profile: Profile;
}

const fieldId = (field: string) => `profile-${field}`;

/**
 * Only what changed is sent: PATCH semantics, and `null` removes the organisation, village or class. A new unit
 * without a village of it sends no village: the server drops the old unit's village.
 */
export function changes(profile: Profile, values: ProfileValues): UpdateProfileRequest {
  const body: UpdateProfileRequest = {};
  const fullName = cleanText(values.fullName);
  if (fullName !== profile.fullName) body.fullName = fullName;
  if (values.unit && values.unit.code !== profile.unit.code) body.unitCode = values.unit.code;
  if (profile.learnerGroup !== 'CITIZEN') {
    const organisationId = values.organisation?.id ?? null;
    if (organisationId !== (profile.organisation?.id ?? null)) body.organisationId = organisationId;
  }
  const villageId = values.village ? Number(values.village) : null;
  if (villageId !== (profile.village?.id ?? null)) body.villageId = villageId;
  if (profile.learnerGroup === 'STUDENT') {
    const className = cleanText(values.className) || null;
    if (className !== profile.className) body.className = className;
  }
  return body;
}

export function EditProfileForm({ profile, ...slots }: Props) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const form = useApiForm<ProfileValues, ProfileField>({
    initial: {
      fullName: profile.fullName,
      unit: profile.unit,
      organisation: profile.organisation,
      village: profile.village ? String(profile.village.id) : '',
      className: profile.className ?? '',
    },
    fields: PROFILE_FIELDS,
    fieldId,
    fieldOf: PLACE_FIELD_OF,
    clearOnEdit: true,
    validate: validateProfile,
  });

  const onSubmit = form.submit(async (values) => {
    const body = changes(profile, values);
    if (Object.keys(body).length === 0) {
      form.setNotice({ variant: 'info', text: t('account.noChanges') });
      return;
    }
    await update.mutateAsync(body);
    form.setNotice({ variant: 'success', text: t('account.saved') });
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="edit-profile-title">
      <h2 id="edit-profile-title">{t('account.editTitle')}</h2>
      <FormMessages form={form} summary />
      <TextField {...form.field('fullName')} label={t('account.fullName')} autoComplete="name" maxLength={100} />
      <PlaceFields {...slots} form={form} group={profile.learnerGroup} />
      <Button type="submit" loading={update.isPending} loadingText={t('account.saving')}>
        {t('account.save')}
      </Button>
    </form>
  );
}

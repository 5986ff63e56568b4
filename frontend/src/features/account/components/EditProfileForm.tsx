import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ErrorSummary, TextField } from '@/components/ui';
import { ApiError, errorMessage } from '@/lib/api/problem';
import type { Profile, UnitRef, UpdateProfileRequest } from '@/lib/api/types';
import { cleanText, mapViolations, renderErrors, type FieldErrors } from '@/lib/forms';
import { useUpdateMe } from '../api/me';
import { PROFILE_FIELDS, validateProfile, type ProfileField, type ProfileValues } from '../schemas';

export interface ProfileUnitSlotProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: UnitRef | null;
  onChange: (unit: UnitRef | null) => void;
}

export interface ProfileAgencySlotProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

interface Props {
  profile: Profile;
  renderUnitField: (props: ProfileUnitSlotProps) => ReactNode;
  renderAgencyField: (props: ProfileAgencySlotProps) => ReactNode;
}

const fieldId = (field: ProfileField) => `profile-${field}`;

/** Only what changed is sent: PATCH semantics, and `agencyId: null` removes the agency. */
export function changes(profile: Profile, values: ProfileValues): UpdateProfileRequest {
  const body: UpdateProfileRequest = {};
  const fullName = cleanText(values.fullName);
  if (fullName !== profile.fullName) body.fullName = fullName;
  if (values.unit && values.unit.code !== profile.unit.code) body.unitCode = values.unit.code;
  if (profile.learnerGroup === 'CBCCVC') {
    const agencyId = values.agency ? Number(values.agency) : null;
    if (agencyId !== (profile.agency?.id ?? null)) body.agencyId = agencyId;
  }
  return body;
}

export function EditProfileForm({ profile, renderUnitField, renderAgencyField }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProfileValues>({
    fullName: profile.fullName,
    unit: profile.unit,
    agency: profile.agency ? String(profile.agency.id) : '',
  });
  const [errors, setErrors] = useState<FieldErrors<ProfileField>>({});
  const [message, setMessage] = useState<{ variant: 'error' | 'success' | 'info'; text: string } | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const update = useUpdateMe();

  function set<K extends keyof ProfileValues>(field: K, value: ProfileValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    setMessage(null);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setMessage(null);
    setSubmitCount((n) => n + 1);
    const found = validateProfile(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = changes(profile, values);
    if (Object.keys(body).length === 0) {
      setMessage({ variant: 'info', text: t('account.noChanges') });
      return;
    }
    try {
      await update.mutateAsync(body);
      setMessage({ variant: 'success', text: t('account.saved') });
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const { errors: mapped, other } = mapViolations(error.violations, PROFILE_FIELDS, { unitCode: 'unit', agencyId: 'agency' });
        setErrors(mapped);
        if (other.length || Object.keys(mapped).length === 0) setMessage({ variant: 'error', text: [errorMessage(error, t), ...other].join(' ') });
      } else {
        setMessage({ variant: 'error', text: errorMessage(error, t) });
      }
    }
  }

  const shown = renderErrors(t, errors);
  const summary = PROFILE_FIELDS.filter((f) => shown[f]).map((f) => ({ fieldId: fieldId(f), message: shown[f] as string }));

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="edit-profile-title">
      <h2 id="edit-profile-title">{t('account.editTitle')}</h2>
      <ErrorSummary items={summary} focusKey={submitCount} />
      {message && <Alert variant={message.variant}>{message.text}</Alert>}
      <TextField
        id={fieldId('fullName')}
        label={t('account.fullName')}
        error={shown.fullName}
        value={values.fullName}
        onChange={(v) => set('fullName', v)}
        autoComplete="name"
        maxLength={100}
      />
      {renderUnitField({
        id: fieldId('unit'),
        label: t('register.unit'),
        hint: t('register.unitHint'),
        error: shown.unit,
        value: values.unit,
        onChange: (unit) => set('unit', unit),
      })}
      {profile.learnerGroup === 'CBCCVC' &&
        renderAgencyField({
          id: fieldId('agency'),
          label: t('register.agency'),
          hint: t('register.agencyHint'),
          error: shown.agency,
          value: values.agency,
          onChange: (v) => set('agency', v),
        })}
      <Button type="submit" loading={update.isPending} loadingText={t('account.saving')}>
        {t('account.save')}
      </Button>
    </form>
  );
}

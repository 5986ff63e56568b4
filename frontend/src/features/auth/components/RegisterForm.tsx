import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ErrorSummary, FieldHint, PasswordField, RadioGroup, TextField } from '@/components/ui';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { LEARNER_GROUPS, type LearnerGroup, type Profile, type RegisterRequest, type UnitRef } from '@/lib/api/types';
import { cleanText, mapViolations, renderErrors, type FieldErrors } from '@/lib/forms';
import { useLogin, useRegister } from '../api/auth';
import { emptyRegisterValues, REGISTER_FIELDS, validateRegister, type RegisterField, type RegisterValues } from '../schemas';

/** What the form gives the unit picker it is handed (the picker lives in another feature). */
export interface UnitFieldSlotProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: UnitRef | null;
  onChange: (unit: UnitRef | null) => void;
}

export interface AgencyFieldSlotProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

interface Props {
  renderUnitField: (props: UnitFieldSlotProps) => ReactNode;
  renderAgencyField: (props: AgencyFieldSlotProps) => ReactNode;
  /** After the account is created; `loggedIn` is false if the automatic login failed, `reason` its problem code. */
  onRegistered: (profile: Profile, loggedIn: boolean, reason?: string) => void;
}

const fieldId = (field: RegisterField) => `register-${field}`;

export function toRegisterRequest(values: RegisterValues): RegisterRequest {
  const phone = values.phone.trim();
  const email = values.email.trim();
  const group = values.learnerGroup as LearnerGroup;
  return {
    fullName: cleanText(values.fullName),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    password: values.password,
    learnerGroup: group,
    unitCode: values.unit?.code ?? '',
    ...(group === 'CBCCVC' && values.agency ? { agencyId: Number(values.agency) } : {}),
  };
}

export function RegisterForm({ renderUnitField, renderAgencyField, onRegistered }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<RegisterValues>(emptyRegisterValues);
  const [errors, setErrors] = useState<FieldErrors<RegisterField>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const register = useRegister();
  const login = useLogin();
  const busy = register.isPending || login.isPending;

  function set<K extends keyof RegisterValues>(field: K, value: RegisterValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setSubmitCount((n) => n + 1);
    const found = validateRegister(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    let profile: Profile;
    try {
      profile = await register.mutateAsync(toRegisterRequest(values));
    } catch (error) {
      showServerError(error);
      return;
    }
    try {
      await login.mutateAsync({ login: values.phone.trim() || values.email.trim(), password: values.password });
      onRegistered(profile, true);
    } catch (error) {
      // phone_not_verified: the deployment asks for the code sent to the phone first
      onRegistered(profile, false, error instanceof ApiError ? error.code : undefined);
    }
  }

  function showServerError(error: unknown) {
    if (error instanceof ApiError && (error.status === 400 || error.status === 409)) {
      const { errors: mapped, other } = mapViolations(error.violations, REGISTER_FIELDS, { unitCode: 'unit', agencyId: 'agency' });
      if (error.status === 409 && Object.keys(mapped).length === 0) {
        const field: RegisterField = error.code === 'email_taken' ? 'email' : 'phone';
        mapped[field] = { text: error.problem?.detail ?? t('errors.generic') };
      }
      setErrors(mapped);
      if (other.length || Object.keys(mapped).length === 0) setFormError([errorMessage(error, t), ...other].join(' '));
      return;
    }
    setFormError(errorMessage(error, t));
  }

  const shown = renderErrors(t, errors);
  const summary = REGISTER_FIELDS.filter((field) => shown[field]).map((field) => ({
    fieldId: fieldId(field),
    message: shown[field] as string,
  }));

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t('register.title')}>
      <ErrorSummary items={summary} focusKey={submitCount} />
      {formError && <Alert variant="error">{formError}</Alert>}

      <TextField
        id={fieldId('fullName')}
        label={t('register.fullName')}
        hint={t('register.fullNameHint')}
        error={shown.fullName}
        value={values.fullName}
        onChange={(v) => set('fullName', v)}
        autoComplete="name"
        autoCapitalize="words"
        maxLength={100}
      />

      <fieldset className="fieldset" aria-describedby="register-contact-hint">
        <legend className="field__label">{t('register.contactLegend')}</legend>
        <FieldHint id="register-contact">{t('register.contactHint')}</FieldHint>
        <TextField
          id={fieldId('phone')}
          label={t('register.phone')}
          hint={t('register.phoneHint')}
          error={shown.phone}
          value={values.phone}
          onChange={(v) => set('phone', v)}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maxLength={20}
        />
        <TextField
          id={fieldId('email')}
          label={t('register.email')}
          hint={t('register.emailHint')}
          error={shown.email}
          value={values.email}
          onChange={(v) => set('email', v)}
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
        />
      </fieldset>

      <PasswordField
        id={fieldId('password')}
        label={t('register.password')}
        hint={t('register.passwordHint')}
        error={shown.password}
        value={values.password}
        onChange={(v) => set('password', v)}
        autoComplete="new-password"
        maxLength={128}
      />
      <PasswordField
        id={fieldId('confirmPassword')}
        label={t('register.confirmPassword')}
        error={shown.confirmPassword}
        value={values.confirmPassword}
        onChange={(v) => set('confirmPassword', v)}
        autoComplete="new-password"
        maxLength={128}
      />

      <RadioGroup
        id={fieldId('learnerGroup')}
        name="learnerGroup"
        legend={t('register.learnerGroup')}
        error={shown.learnerGroup}
        value={values.learnerGroup}
        onChange={(v) => set('learnerGroup', v as LearnerGroup)}
        options={LEARNER_GROUPS.map((group) => ({ value: group, label: t(`groups.${group}`) }))}
      />

      {renderUnitField({
        id: fieldId('unit'),
        label: t('register.unit'),
        hint: t('register.unitHint'),
        error: shown.unit,
        value: values.unit,
        onChange: (unit) => set('unit', unit),
      })}

      {values.learnerGroup === 'CBCCVC' &&
        renderAgencyField({
          id: fieldId('agency'),
          label: t('register.agency'),
          hint: t('register.agencyHint'),
          error: shown.agency,
          value: values.agency,
          onChange: (v) => set('agency', v),
        })}

      <Button type="submit" loading={busy} loadingText={t('register.submitting')}>
        {t('register.submit')}
      </Button>
    </form>
  );
}

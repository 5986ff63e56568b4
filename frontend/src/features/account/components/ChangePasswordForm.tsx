import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ErrorSummary, PasswordField } from '@/components/ui';
import { ApiError, errorMessage } from '@/lib/api/problem';
import type { Profile } from '@/lib/api/types';
import { mapViolations, renderErrors, type FieldErrors } from '@/lib/forms';
import { useUpdateMe } from '../api/me';
import { PASSWORD_FIELDS, validatePasswordChange, type PasswordFieldName } from '../schemas';

const empty: Record<PasswordFieldName, string> = { currentPassword: '', newPassword: '', confirmPassword: '' };
const fieldId = (field: PasswordFieldName) => `password-${field}`;

export function ChangePasswordForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors<PasswordFieldName>>({});
  const [message, setMessage] = useState<{ variant: 'error' | 'success'; text: string } | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const update = useUpdateMe();

  function set(field: PasswordFieldName, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    setMessage(null);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setMessage(null);
    setSubmitCount((n) => n + 1);
    const found = validatePasswordChange(values, profile);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await update.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      setValues(empty);
      setMessage({ variant: 'success', text: t('account.passwordChanged') });
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const { errors: mapped, other } = mapViolations(error.violations, PASSWORD_FIELDS);
        setErrors(mapped);
        if (other.length || Object.keys(mapped).length === 0) setMessage({ variant: 'error', text: [errorMessage(error, t), ...other].join(' ') });
      } else {
        setMessage({ variant: 'error', text: errorMessage(error, t) });
      }
    }
  }

  const shown = renderErrors(t, errors);
  const summary = PASSWORD_FIELDS.filter((f) => shown[f]).map((f) => ({ fieldId: fieldId(f), message: shown[f] as string }));

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('account.passwordTitle')}</h2>
      <ErrorSummary items={summary} focusKey={submitCount} />
      {message && <Alert variant={message.variant}>{message.text}</Alert>}
      {/* lets password managers tie the new password to the account */}
      <input type="text" name="username" autoComplete="username" value={profile.phone ?? profile.email ?? ''} readOnly hidden />
      <PasswordField
        id={fieldId('currentPassword')}
        label={t('account.currentPassword')}
        error={shown.currentPassword}
        value={values.currentPassword}
        onChange={(v) => set('currentPassword', v)}
        autoComplete="current-password"
        maxLength={128}
      />
      <PasswordField
        id={fieldId('newPassword')}
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint')}
        error={shown.newPassword}
        value={values.newPassword}
        onChange={(v) => set('newPassword', v)}
        autoComplete="new-password"
        maxLength={128}
      />
      <PasswordField
        id={fieldId('confirmPassword')}
        label={t('account.confirmNewPassword')}
        error={shown.confirmPassword}
        value={values.confirmPassword}
        onChange={(v) => set('confirmPassword', v)}
        autoComplete="new-password"
        maxLength={128}
      />
      <Button type="submit" loading={update.isPending} loadingText={t('account.changingPassword')}>
        {t('account.changePassword')}
      </Button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ErrorSummary, PasswordField, TextField } from '@/components/ui';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { mapViolations, renderErrors, type FieldErrors } from '@/lib/forms';
import { useConfirmPasswordReset, useRequestPasswordReset } from '../api/password-reset';

type Field = 'login' | 'code' | 'newPassword';
const FIELDS: Field[] = ['login', 'code', 'newPassword'];
const fieldId = (field: Field) => `reset-${field}`;

interface Props {
  /** Called once the password is changed. */
  onDone: () => void;
}

/**
 * Two steps on one page: the phone or e-mail, then the 6-digit code it received and a new password.
 * The first answer is the same whether or not an account exists, so the page never says which.
 */
export function ForgotPasswordForm({ onDone }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'ask' | 'confirm'>('ask');
  const [values, setValues] = useState({ login: '', code: '', newPassword: '' });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const ask = useRequestPasswordReset();
  const confirm = useConfirmPasswordReset();

  function set(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }

  function fail(error: unknown) {
    if (error instanceof ApiError && error.status === 400 && error.violations.length) {
      const { errors: mapped, other } = mapViolations(error.violations, FIELDS);
      setErrors(mapped);
      if (other.length) setFormError(other.join(' '));
    } else {
      setFormError(errorMessage(error, t));
    }
  }

  async function onAsk(event: FormEvent) {
    event.preventDefault();
    if (ask.isPending) return;
    setFormError(null);
    setSubmitCount((n) => n + 1);
    if (!values.login.trim()) {
      setErrors({ login: { key: 'recovery.loginRequired' } });
      return;
    }
    try {
      await ask.mutateAsync(values.login.trim());
      setStep('confirm');
    } catch (error) {
      fail(error);
    }
  }

  async function onConfirm(event: FormEvent) {
    event.preventDefault();
    if (confirm.isPending) return;
    setFormError(null);
    setSubmitCount((n) => n + 1);
    const found: FieldErrors<Field> = {};
    if (!/^\s*\d{3}\s*\d{3}\s*$/.test(values.code)) found.code = { key: 'recovery.codeFormat' };
    if (values.newPassword.length < 8) found.newPassword = { key: 'recovery.passwordShort' };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await confirm.mutateAsync({ login: values.login.trim(), code: values.code.replace(/\s/g, ''), newPassword: values.newPassword });
      onDone();
    } catch (error) {
      fail(error);
      setValues((current) => ({ ...current, newPassword: '' }));
    }
  }

  const shown = renderErrors(t, errors);
  const summary = FIELDS.filter((field) => shown[field]).map((field) => ({ fieldId: fieldId(field), message: shown[field] as string }));

  if (step === 'ask') {
    return (
      <form className="form" noValidate onSubmit={onAsk} aria-label={t('recovery.title')}>
        <ErrorSummary items={summary} focusKey={submitCount} />
        {formError && <Alert variant="error">{formError}</Alert>}
        <p>{t('recovery.intro')}</p>
        <TextField
          id={fieldId('login')}
          label={t('recovery.login')}
          hint={t('recovery.loginHint')}
          error={shown.login}
          value={values.login}
          onChange={(v) => set('login', v)}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
        />
        <Button type="submit" loading={ask.isPending} loadingText={t('recovery.sending')}>
          {t('recovery.send')}
        </Button>
        {/* A code already received (a new account made with a helper's help, or a reset a helper started). */}
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            if (!values.login.trim()) {
              setSubmitCount((n) => n + 1);
              setErrors({ login: { key: 'recovery.loginRequired' } });
              return;
            }
            setStep('confirm');
          }}
        >
          {t('recovery.haveCode')}
        </Button>
      </form>
    );
  }

  return (
    <form className="form" noValidate onSubmit={onConfirm} aria-label={t('recovery.confirmTitle')}>
      <ErrorSummary items={summary} focusKey={submitCount} />
      <Alert variant="info">{t('recovery.sent', { login: values.login.trim() })}</Alert>
      {formError && <Alert variant="error">{formError}</Alert>}
      <TextField
        id={fieldId('code')}
        label={t('recovery.code')}
        hint={t('recovery.codeHint')}
        error={shown.code}
        value={values.code}
        onChange={(v) => set('code', v)}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={9}
      />
      <PasswordField
        id={fieldId('newPassword')}
        label={t('recovery.newPassword')}
        hint={t('recovery.newPasswordHint')}
        error={shown.newPassword}
        value={values.newPassword}
        onChange={(v) => set('newPassword', v)}
        autoComplete="new-password"
        maxLength={128}
      />
      <Button type="submit" loading={confirm.isPending} loadingText={t('recovery.saving')}>
        {t('recovery.save')}
      </Button>
      <Button type="button" variant="secondary" onClick={() => { setStep('ask'); setFormError(null); }}>
        {t('recovery.again')}
      </Button>
    </form>
  );
}

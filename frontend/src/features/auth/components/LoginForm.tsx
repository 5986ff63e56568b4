import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ErrorSummary, PasswordField, TextField } from '@/components/ui';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { mapViolations, renderErrors, type FieldErrors } from '@/lib/forms';
import { useLogin } from '../api/auth';
import { LOGIN_FIELDS, validateLogin, type LoginField } from '../schemas';

interface Props {
  onLoggedIn: () => void;
  /** The password was right but the phone is not verified yet (where the deployment asks for it). */
  onPhoneNotVerified?: (login: string) => void;
}

const fieldId = (field: LoginField) => `login-${field}`;

export function LoginForm({ onLoggedIn, onPhoneNotVerified }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ login: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<LoginField>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [sharedDevice, setSharedDevice] = useState(false);
  const login = useLogin();

  function set(field: LoginField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (login.isPending) return;
    setFormError(null);
    setSubmitCount((n) => n + 1);
    const found = validateLogin(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await login.mutateAsync({ ...values, persistence: sharedDevice ? 'tab' : 'device' });
      onLoggedIn();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'phone_not_verified' && onPhoneNotVerified) {
        onPhoneNotVerified(values.login.trim());
        return;
      }
      if (error instanceof ApiError && error.status === 429 && error.code === 'too_many_attempts') {
        const seconds = error.retryAfterSeconds;
        setFormError(seconds != null ? t('login.tooManyAttempts', { seconds }) : errorMessage(error, t));
      } else if (error instanceof ApiError && error.status === 400 && error.violations.length) {
        const { errors: mapped, other } = mapViolations(error.violations, LOGIN_FIELDS);
        setErrors(mapped);
        if (other.length) setFormError(other.join(' '));
      } else {
        setFormError(errorMessage(error, t));
      }
      setValues((current) => ({ ...current, password: '' }));
    }
  }

  const shown = renderErrors(t, errors);
  const summary = LOGIN_FIELDS.filter((field) => shown[field]).map((field) => ({ fieldId: fieldId(field), message: shown[field] as string }));

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t('login.title')}>
      <ErrorSummary items={summary} focusKey={submitCount} />
      {formError && <Alert variant="error">{formError}</Alert>}
      <TextField
        id={fieldId('login')}
        label={t('login.login')}
        hint={t('login.loginHint')}
        error={shown.login}
        value={values.login}
        onChange={(v) => set('login', v)}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
      />
      <PasswordField
        id={fieldId('password')}
        label={t('login.password')}
        error={shown.password}
        value={values.password}
        onChange={(v) => set('password', v)}
        autoComplete="current-password"
        maxLength={128}
      />
      <div className="checkbox">
        <input
          id="login-shared-device"
          type="checkbox"
          checked={sharedDevice}
          onChange={(event) => setSharedDevice(event.target.checked)}
          aria-describedby="login-shared-device-hint"
        />
        <label htmlFor="login-shared-device">{t('login.sharedDevice')}</label>
      </div>
      <p id="login-shared-device-hint" className="field__hint">
        {t('login.sharedDeviceHint')}
      </p>
      <Button type="submit" loading={login.isPending} loadingText={t('login.submitting')}>
        {t('login.submit')}
      </Button>
    </form>
  );
}

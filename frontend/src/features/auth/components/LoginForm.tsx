import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormMessages, PasswordField, PhoneOrEmailField } from '@/components/ui';
import { ApiError } from '@/lib/api/problem';
import { useApiForm } from '@/lib/use-api-form';
import { useLogin } from '../api/auth';
import { LOGIN_FIELDS, validateLogin } from '../schemas';

interface Props {
  onLoggedIn: () => void;
  /** The password was right but the phone is not verified yet (where the deployment asks for it). */
  onPhoneNotVerified?: (login: string) => void;
}

const fieldId = (field: string) => `login-${field}`;

export function LoginForm({ onLoggedIn, onPhoneNotVerified }: Props) {
  const { t } = useTranslation();
  const [sharedDevice, setSharedDevice] = useState(false);
  const login = useLogin();
  const form = useApiForm({
    initial: { login: '', password: '' },
    fields: LOGIN_FIELDS,
    fieldId,
    validate: validateLogin,
  });

  const onSubmit = form.submit(async (values) => {
    try {
      await login.mutateAsync({ ...values, persistence: sharedDevice ? 'tab' : 'device' });
      onLoggedIn();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'phone_not_verified' && onPhoneNotVerified) {
        onPhoneNotVerified(values.login.trim());
        return;
      }
      form.setValues((current) => ({ ...current, password: '' }));
      const seconds = error instanceof ApiError && error.code === 'too_many_attempts' ? error.retryAfterSeconds : null;
      if (seconds == null) throw error;
      form.setFormError(t('login.tooManyAttempts', { seconds }));
    }
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t('login.title')}>
      <FormMessages form={form} summary />
      <PhoneOrEmailField {...form.field('login')} label={t('login.login')} hint={t('login.loginHint')} />
      <PasswordField {...form.field('password')} label={t('login.password')} autoComplete="current-password" />
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

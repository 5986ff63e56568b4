import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextField } from '@/components/ui';
import { errorMessage } from '@/lib/api/problem';
import { useAssistedReset } from '../api/assisted';

/** A helper starts "Quên mật khẩu" for a person of their unit: the code goes to the person's own phone or e-mail. */
export function AssistedResetForm() {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const reset = useAssistedReset();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (reset.isPending) return;
    setError(null);
    setSentTo(null);
    if (!login.trim()) {
      setFieldError(t('assisted.loginRequired'));
      return;
    }
    setFieldError(undefined);
    try {
      const answer = await reset.mutateAsync(login.trim());
      setSentTo(answer.codeSentTo);
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="assisted-reset-title">
      <h2 id="assisted-reset-title">{t('assisted.resetTitle')}</h2>
      <p>{t('assisted.resetIntro')}</p>
      {error && <Alert variant="error">{error}</Alert>}
      {sentTo && <Alert variant="success">{t(sentTo === 'EMAIL' ? 'assisted.resetSentEmail' : 'assisted.resetSentPhone')}</Alert>}
      <TextField id="assisted-reset-login" label={t('assisted.resetLogin')} hint={t('assisted.resetLoginHint')} error={fieldError}
        value={login} onChange={setLogin} autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={254} />
      <Button type="submit" loading={reset.isPending} loadingText={t('assisted.sending')}>
        {t('assisted.resetSend')}
      </Button>
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { Button, FormMessages } from '@/components/ui';
import { useAssistedReset } from '../api/assisted';
import { SomeoneLoginField, useSomeoneLoginForm } from './SomeoneLogin';

/** A helper starts "Quên mật khẩu" for a person of their unit: the code goes to the person's own phone or e-mail. */
export function AssistedResetForm() {
  const { t } = useTranslation();
  const reset = useAssistedReset();
  const form = useSomeoneLoginForm('assisted-reset-login', 'assisted.loginRequired');

  const onSubmit = form.submit(async ({ login }) => {
    const answer = await reset.mutateAsync(login.trim());
    form.setNotice({
      variant: 'success',
      text: t(answer.codeSentTo === 'EMAIL' ? 'assisted.resetSentEmail' : 'assisted.resetSentPhone'),
    });
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="assisted-reset-title">
      <h2 id="assisted-reset-title">{t('assisted.resetTitle')}</h2>
      <p>{t('assisted.resetIntro')}</p>
      <FormMessages form={form} />
      <SomeoneLoginField form={form} label={t('assisted.resetLogin')} hint={t('assisted.resetLoginHint')} />
      <Button type="submit" loading={reset.isPending} loadingText={t('assisted.sending')}>
        {t('assisted.resetSend')}
      </Button>
    </form>
  );
}

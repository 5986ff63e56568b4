import { useTranslation } from 'react-i18next';
import { Button, FormMessages, PhoneOrEmailField } from '@/components/ui';
import { useApiForm } from '@/lib/use-api-form';
import { useAssistedReset } from '../api/assisted';

/** A helper starts "Quên mật khẩu" for a person of their unit: the code goes to the person's own phone or e-mail. */
export function AssistedResetForm() {
  const { t } = useTranslation();
  const reset = useAssistedReset();
  const form = useApiForm({
    initial: { login: '' },
    fields: ['login'],
    fieldId: () => 'assisted-reset-login',
    validate: ({ login }) => (login.trim() ? {} : { login: { key: 'assisted.loginRequired' } }),
  });

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
      <PhoneOrEmailField
        {...form.field('login')}
        label={t('assisted.resetLogin')}
        hint={t('assisted.resetLoginHint')}
        someoneElse
      />
      <Button type="submit" loading={reset.isPending} loadingText={t('assisted.sending')}>
        {t('assisted.resetSend')}
      </Button>
    </form>
  );
}

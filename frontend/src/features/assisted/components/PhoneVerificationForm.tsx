import { useTranslation } from 'react-i18next';
import { Button, CodeField, FormMessages, PhoneField } from '@/components/ui';
import { useApiForm } from '@/lib/use-api-form';
import { useConfirmPhoneVerification, useRequestPhoneVerification } from '../api/assisted';

interface Props {
  /** The number just registered, when the page knows it. */
  initialPhone: string;
  /** Called once the number is verified. */
  onDone: () => void;
}

const CODE = /^\s*\d{3}\s*\d{3}\s*$/;

/** Where a deployment asks for it: the code sent to the phone at registration, typed back; or a new one. */
export function PhoneVerificationForm({ initialPhone, onDone }: Props) {
  const { t } = useTranslation();
  const confirm = useConfirmPhoneVerification();
  const resend = useRequestPhoneVerification();
  const phoneRequired = { phone: { key: 'verifyPhone.phoneRequired' } };
  const form = useApiForm({
    initial: { phone: initialPhone, code: '' },
    fields: ['phone', 'code'],
    fieldId: (name) => `verify-${name}`,
    validate: ({ phone, code }) => ({
      ...(phone.trim() ? {} : phoneRequired),
      ...(CODE.test(code) ? {} : { code: { key: 'recovery.codeFormat' } }),
    }),
  });

  const onSubmit = form.submit(async ({ phone, code }) => {
    await confirm.mutateAsync({ phone: phone.trim(), code: code.replace(/\s/g, '') });
    onDone();
  });

  async function onResend() {
    const phone = form.values.phone.trim();
    if (!phone) return form.setErrors(phoneRequired);
    try {
      await resend.mutateAsync(phone);
      form.setNotice({ variant: 'info', text: t('verifyPhone.resent') });
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t('verifyPhone.title')}>
      <p>{t('verifyPhone.intro')}</p>
      <FormMessages form={form} />
      <PhoneField {...form.field('phone')} label={t('verifyPhone.phone')} />
      <CodeField {...form.field('code')} label={t('recovery.code')} hint={t('verifyPhone.codeHint')} />
      <Button type="submit" loading={confirm.isPending} loadingText={t('verifyPhone.checking')}>
        {t('verifyPhone.submit')}
      </Button>
      <Button
        type="button"
        variant="secondary"
        loading={resend.isPending}
        loadingText={t('recovery.sending')}
        onClick={() => void onResend()}
      >
        {t('verifyPhone.resend')}
      </Button>
    </form>
  );
}

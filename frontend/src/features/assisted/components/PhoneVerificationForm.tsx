import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextField } from '@/components/ui';
import { errorMessage } from '@/lib/api/problem';
import { useConfirmPhoneVerification, useRequestPhoneVerification } from '../api/assisted';

interface Props {
  /** The number just registered, when the page knows it. */
  initialPhone: string;
  /** Called once the number is verified. */
  onDone: () => void;
}

/** Where a deployment asks for it: the code sent to the phone at registration, typed back; or a new one. */
export function PhoneVerificationForm({ initialPhone, onDone }: Props) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState(initialPhone);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ phone?: string; code?: string }>({});
  const [notice, setNotice] = useState<{ variant: 'info' | 'error'; text: string } | null>(null);
  const confirm = useConfirmPhoneVerification();
  const resend = useRequestPhoneVerification();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (confirm.isPending) return;
    setNotice(null);
    const found: { phone?: string; code?: string } = {};
    if (!phone.trim()) found.phone = t('verifyPhone.phoneRequired');
    if (!/^\s*\d{3}\s*\d{3}\s*$/.test(code)) found.code = t('recovery.codeFormat');
    setErrors(found);
    if (found.phone || found.code) return;
    try {
      await confirm.mutateAsync({ phone: phone.trim(), code: code.replace(/\s/g, '') });
      onDone();
    } catch (error) {
      setNotice({ variant: 'error', text: errorMessage(error, t) });
    }
  }

  async function onResend() {
    if (!phone.trim()) {
      setErrors({ phone: t('verifyPhone.phoneRequired') });
      return;
    }
    try {
      await resend.mutateAsync(phone.trim());
      setNotice({ variant: 'info', text: t('verifyPhone.resent') });
    } catch (error) {
      setNotice({ variant: 'error', text: errorMessage(error, t) });
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t('verifyPhone.title')}>
      <p>{t('verifyPhone.intro')}</p>
      {notice && <Alert variant={notice.variant}>{notice.text}</Alert>}
      <TextField id="verify-phone" label={t('verifyPhone.phone')} error={errors.phone} value={phone} onChange={setPhone}
        type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />
      <TextField id="verify-code" label={t('recovery.code')} hint={t('verifyPhone.codeHint')} error={errors.code} value={code}
        onChange={setCode} autoComplete="one-time-code" inputMode="numeric" maxLength={9} />
      <Button type="submit" loading={confirm.isPending} loadingText={t('verifyPhone.checking')}>
        {t('verifyPhone.submit')}
      </Button>
      <Button type="button" variant="secondary" loading={resend.isPending} loadingText={t('recovery.sending')} onClick={() => void onResend()}>
        {t('verifyPhone.resend')}
      </Button>
    </form>
  );
}

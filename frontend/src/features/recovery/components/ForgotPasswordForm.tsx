import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  CodeField,
  ErrorSummary,
  FormMessages,
  NewPasswordField,
  PhoneOrEmailField,
} from '@/components/ui';
import { type FieldErrors } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { useConfirmPasswordReset, useRequestPasswordReset } from '../api/password-reset';

type Field = 'login' | 'code' | 'newPassword';
const FIELDS: Field[] = ['login', 'code', 'newPassword'];
const fieldId = (field: string) => `reset-${field}`;

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
  const ask = useRequestPasswordReset();
  const confirm = useConfirmPasswordReset();
  const form = useApiForm({
    initial: { login: '', code: '', newPassword: '' },
    fields: FIELDS,
    fieldId,
    validate: (values): FieldErrors<Field> => {
      if (step === 'ask') return values.login.trim() ? {} : { login: { key: 'recovery.loginRequired' } };
      return {
        ...(/^\s*\d{3}\s*\d{3}\s*$/.test(values.code) ? {} : { code: { key: 'recovery.codeFormat' } }),
        ...(values.newPassword.length < 8 ? { newPassword: { key: 'recovery.passwordShort' } } : {}),
      };
    },
  });
  const { values } = form;

  const onAsk = form.submit(async ({ login }) => {
    await ask.mutateAsync(login.trim());
    setStep('confirm');
  });

  const onConfirm = form.submit(async ({ login, code, newPassword }) => {
    try {
      await confirm.mutateAsync({ login: login.trim(), code: code.replace(/\s/g, ''), newPassword });
      onDone();
    } catch (error) {
      form.setValues((current) => ({ ...current, newPassword: '' }));
      throw error;
    }
  });

  if (step === 'ask') {
    return (
      <form className="form" noValidate onSubmit={onAsk} aria-label={t('recovery.title')}>
        <FormMessages form={form} summary />
        <p>{t('recovery.intro')}</p>
        <PhoneOrEmailField {...form.field('login')} label={t('recovery.login')} hint={t('recovery.loginHint')} />
        <Button type="submit" loading={ask.isPending} loadingText={t('recovery.sending')}>
          {t('recovery.send')}
        </Button>
        {/* A code already received (a new account made with a helper's help, or a reset a helper started). */}
        <Button type="button" variant="secondary" onClick={() => void form.submit(() => setStep('confirm'))()}>
          {t('recovery.haveCode')}
        </Button>
      </form>
    );
  }

  return (
    <form className="form" noValidate onSubmit={onConfirm} aria-label={t('recovery.confirmTitle')}>
      <ErrorSummary items={form.summary} focusKey={form.submitCount} />
      <Alert variant="info">{t('recovery.sent', { login: values.login.trim() })}</Alert>
      <FormMessages form={form} />
      <CodeField {...form.field('code')} label={t('recovery.code')} hint={t('recovery.codeHint')} />
      <NewPasswordField
        {...form.field('newPassword')}
        label={t('recovery.newPassword')}
        hint={t('recovery.newPasswordHint')}
      />
      <Button type="submit" loading={confirm.isPending} loadingText={t('recovery.saving')}>
        {t('recovery.save')}
      </Button>
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          setStep('ask');
          form.setFormError(null);
        }}
      >
        {t('recovery.again')}
      </Button>
    </form>
  );
}

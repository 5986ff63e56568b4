import { useTranslation } from 'react-i18next';
import { Button, TextField } from '@/components/ui';
import { useApiForm } from '@/lib/use-api-form';

/** The longest code the API accepts (openapi.yaml, CertificateCode: maxLength 40). */
const MAX_LENGTH = 40;

/** Type a code to check it; accepts it as people type it (any case, spaces, with or without dashes). */
export function VerifyForm({ initial = '', onVerify }: { initial?: string; onVerify: (code: string) => void }) {
  const { t } = useTranslation();
  const form = useApiForm({
    initial: { code: initial },
    fields: ['code'],
    fieldId: () => 'verify-code',
    validate: ({ code }) =>
      !code.trim()
        ? { code: { key: 'verify.required' } }
        : code.trim().length > MAX_LENGTH
          ? { code: { key: 'verify.tooLong', values: { max: MAX_LENGTH } } }
          : {},
  });
  const submit = form.submit(({ code }) => onVerify(code.trim()));

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        {...form.field('code')}
        label={t('verify.codeLabel')}
        hint={t('verify.codeHint')}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
      />
      <Button type="submit">{t('verify.submit')}</Button>
    </form>
  );
}

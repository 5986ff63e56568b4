import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '@/components/ui';

/** The longest code the API accepts (openapi.yaml, CertificateCode: maxLength 40). */
const MAX_LENGTH = 40;

/** Type a code to check it; accepts it as people type it (any case, spaces, with or without dashes). */
export function VerifyForm({ initial = '', onVerify }: { initial?: string; onVerify: (code: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initial);
  const [error, setError] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const clean = code.trim();
    if (!clean) return setError(t('verify.required'));
    if (clean.length > MAX_LENGTH) return setError(t('verify.tooLong', { max: MAX_LENGTH }));
    setError('');
    onVerify(clean);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        id="verify-code"
        label={t('verify.codeLabel')}
        hint={t('verify.codeHint')}
        value={code}
        onChange={setCode}
        error={error || undefined}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
      />
      <Button type="submit">{t('verify.submit')}</Button>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, describedBy, Field } from '@/components/ui';
import { errorMessage } from '@/lib/api/problem';
import type { CredentialVerification } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { DetailRow } from '@/components/ui/DetailRow';
import { useVerifyCredential } from '../api/credentials';

/** The largest file worth reading: a credential is a few kilobytes, the API refuses more than 256 kB. */
const MAX_FILE_BYTES = 256 * 1024;

/**
 * Checks a digital credential (Open Badges 3.0) that someone was given: the file they downloaded (JSON or JWT)
 * or its text pasted. What the API found is shown in plain words, check by check.
 */
/** A file's text, through FileReader: every browser the portal supports has it (File.text() is newer). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file);
  });
}

export function CredentialCheck() {
  const { t } = useTranslation();
  const verify = useVerifyCredential();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function readFile(file: File | undefined) {
    setProblem(null);
    verify.reset();
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblem(t('credential.fileTooLarge'));
      return;
    }
    setText(await readText(file));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setProblem(t('credential.required'));
      return;
    }
    setProblem(null);
    verify.mutate(text);
  }

  const hint = t('credential.pasteHint');
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field id="credential-file" label={t('credential.fileLabel')} hint={t('credential.fileHint')}>
        <input
          id="credential-file"
          type="file"
          accept=".json,.jwt,application/json,text/plain"
          aria-describedby={describedBy('credential-file', t('credential.fileHint'), null)}
          onChange={(event) => void readFile(event.target.files?.[0])}
        />
      </Field>
      <Field id="credential-text" label={t('credential.pasteLabel')} hint={hint} error={problem}>
        <textarea
          id="credential-text"
          className="input"
          rows={5}
          spellCheck={false}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy('credential-text', hint, problem)}
          onChange={(event) => {
            setText(event.target.value);
            verify.reset();
          }}
        />
      </Field>
      <Button type="submit" loading={verify.isPending} loadingText={t('verify.checking')}>
        {t('credential.submit')}
      </Button>
      {verify.isError && <Alert variant="error">{errorMessage(verify.error, t)}</Alert>}
      {verify.data && <CredentialResult result={verify.data} />}
    </form>
  );
}

function CredentialResult({ result }: { result: CredentialVerification }) {
  const { t } = useTranslation();
  const title = t(`credential.outcome.${result.outcome}`);
  return (
    <div className="stack" aria-live="polite">
      <Alert variant={result.valid ? 'success' : 'error'} title={title}>
        <p>{result.message}</p>
      </Alert>
      {result.credential && (
        <dl className="details">
          {result.credential.holderName && (
            <DetailRow label={t('verify.holder')}>{result.credential.holderName}</DetailRow>
          )}
          {result.credential.achievementName && (
            <DetailRow label={t('verify.course')}>{result.credential.achievementName}</DetailRow>
          )}
          <DetailRow label={t('credential.issuer')}>{result.credential.issuerName}</DetailRow>
          {result.credential.validFrom && (
            <DetailRow label={t('certs.issuedAt')}>{formatDate(result.credential.validFrom)}</DetailRow>
          )}
        </dl>
      )}
      <h3>{t('credential.checks')}</h3>
      <ul className="checklist">
        {result.checks.map((check) => (
          <li key={check.check}>
            <span aria-hidden="true">{check.passed ? '✔ ' : '✘ '}</span>
            <span className="visually-hidden">{check.passed ? t('credential.passed') : t('credential.failed')}: </span>
            {check.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

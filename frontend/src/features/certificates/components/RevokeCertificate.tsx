import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextField } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { SaveResult } from '@/components/ui/FormMessages';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { formatInVietnam } from '@/lib/format';
import { sizeError } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { useAdminCertificate, useRevokeCertificate } from '../api/revocation';

function formatDateTime(iso: string | null, locale: string) {
  return iso ? formatInVietnam(iso, { dateStyle: 'medium', timeStyle: 'short' }, locale) : '—';
}

/** Find a certificate by its code, read its record, and revoke it with a reason after a confirmation. */
export function RevokeCertificate() {
  const { t, i18n } = useTranslation();
  const [codeInput, setCodeInput] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const form = useApiForm({
    initial: { reason: '' },
    fields: ['reason'],
    validate: ({ reason }) => sizeError('reason', reason, 5, 500),
  });
  const reason = form.values.reason;
  const certificate = useAdminCertificate(code);
  const revoke = useRevokeCertificate();
  const record = certificate.data;

  function find(event: FormEvent) {
    event.preventDefault();
    const trimmed = codeInput.trim();
    if (trimmed) setCode(trimmed);
    form.setFormError(null);
    revoke.reset();
  }

  const askToRevoke = form.submit(() => setConfirming(true));

  async function doRevoke() {
    if (!record) return;
    try {
      await revoke.mutateAsync({ code: record.code, reason: reason.trim() });
      form.set('reason', '');
    } catch (error) {
      form.fail(error);
    } finally {
      setConfirming(false);
    }
  }

  return (
    <div className="stack">
      <form className="form inline-form" onSubmit={find} noValidate>
        <TextField
          id="certificate-code"
          label={t('admin.certificates.code')}
          hint={t('admin.certificates.codeHint')}
          value={codeInput}
          onChange={setCodeInput}
          maxLength={40}
          autoCapitalize="characters"
          spellCheck={false}
        />
        <Button type="submit" variant="secondary">
          {t('admin.certificates.find')}
        </Button>
      </form>
      {certificate.isFetching && <p role="status">{t('common.loading')}</p>}
      {certificate.isError && (
        <Alert
          variant="error"
          title={
            certificate.error instanceof ApiError && certificate.error.status === 404
              ? t('admin.certificates.notFound')
              : t('ui.loadError')
          }
        >
          <p>{errorMessage(certificate.error, t)}</p>
        </Alert>
      )}
      {record && (
        <section className="card stack" aria-labelledby="certificate-title">
          <h2 id="certificate-title">{record.code}</h2>
          <dl className="details">
            <dt>{t('admin.certificates.status')}</dt>
            <dd>
              <span className={`badge badge--${record.status === 'VALID' ? 'achieved' : 'missed'}`}>
                {t(`admin.certificates.statuses.${record.status}`)}
              </span>
            </dd>
            <dt>{t('admin.certificates.holder')}</dt>
            <dd>{record.holderName}</dd>
            <dt>{t('admin.certificates.unit')}</dt>
            <dd>{record.unitName}</dd>
            <dt>{t('admin.certificates.course')}</dt>
            <dd>{record.courseTitle}</dd>
            <dt>{t('admin.certificates.score')}</dt>
            <dd>
              {record.source === 'NATIONAL'
                ? t('admin.certificates.national', { id: record.externalId })
                : `${record.scorePercent}%`}
            </dd>
            <dt>{t('admin.certificates.issuedAt')}</dt>
            <dd>{formatDateTime(record.issuedAt, i18n.language)}</dd>
            {record.revokedAt && (
              <>
                <dt>{t('admin.certificates.revokedAt')}</dt>
                <dd>{formatDateTime(record.revokedAt, i18n.language)}</dd>
                <dt>{t('admin.certificates.revokedReason')}</dt>
                <dd>{record.revokedReason}</dd>
              </>
            )}
          </dl>
          {revoke.isSuccess && <Alert variant="success" title={t('admin.certificates.revoked')} />}
          {record.status === 'VALID' && (
            <form className="form stack" onSubmit={askToRevoke} noValidate>
              <TextField
                {...form.field('reason')}
                label={t('admin.certificates.reason')}
                hint={t('admin.certificates.reasonHint')}
                maxLength={500}
              />
              <SaveResult error={form.formError} title={t('admin.certificates.revokeFailed')} />
              <div className="actions">
                <Button type="submit" variant="danger">
                  {t('admin.certificates.revoke')}
                </Button>
              </div>
            </form>
          )}
        </section>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('admin.certificates.confirmTitle', { code: record?.code ?? '' })}
        confirmLabel={t('admin.certificates.confirm')}
        danger
        busy={revoke.isPending}
        onConfirm={() => void doRevoke()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('admin.certificates.confirmBody', { name: record?.holderName ?? '' })}</p>
        <p>
          {t('admin.certificates.reason')}: <strong>{reason.trim()}</strong>
        </p>
      </ConfirmDialog>
    </div>
  );
}

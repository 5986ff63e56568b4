import { useTranslation } from 'react-i18next';
import { DetailRow } from '@/components/ui/DetailRow';
import { Alert, LoadError, Spinner } from '@/components/ui';
import { ApiError } from '@/lib/api/problem';
import { formatDate } from '@/lib/format';
import { pdfUrl, useVerification } from '../api/certificates';

/** What anyone may learn from a code: valid, revoked (and when), or no such certificate. */
export function VerificationResult({ code }: { code: string }) {
  const { t } = useTranslation();
  const query = useVerification(code);
  if (query.isPending) return <Spinner label={t('verify.checking')} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <Alert variant="error" title={t('verify.notFoundTitle')}>
          <p>{t('verify.notFoundBody', { code })}</p>
        </Alert>
      );
    }
    return <LoadError title={t('verify.loadError')} error={query.error} onRetry={() => void query.refetch()} />;
  }
  const c = query.data;
  const revoked = c.status === 'REVOKED';
  return (
    <div className={`verification verification--${revoked ? 'revoked' : 'valid'}`}>
      <Alert
        variant={revoked ? 'error' : 'success'}
        title={revoked ? t('verify.revokedTitle') : t('verify.validTitle')}
      >
        <p>
          {revoked ? t('verify.revokedBody', { date: formatDate(c.revokedAt ?? c.issuedAt) }) : t('verify.validBody')}
        </p>
      </Alert>
      <dl className="details">
        <DetailRow label={t('certs.code')} code>
          {c.code}
        </DetailRow>
        <DetailRow label={t('verify.holder')}>{c.holderName}</DetailRow>
        <DetailRow label={t('verify.course')}>{c.courseTitle}</DetailRow>
        <DetailRow label={t('certs.issuedAt')}>{formatDate(c.issuedAt)}</DetailRow>
        {c.source === 'NATIONAL' && <DetailRow label={t('certs.source')}>{t('certs.sourceNational')}</DetailRow>}
        {revoked && c.revokedAt && <DetailRow label={t('verify.revokedAt')}>{formatDate(c.revokedAt)}</DetailRow>}
      </dl>
      {c.source === 'PORTAL' && !revoked && <p className="muted">{t('credential.exists')}</p>}
      {c.source === 'PORTAL' && (
        <p>
          <a className="btn btn--secondary" href={pdfUrl(c.code)} target="_blank" rel="noopener noreferrer">
            {t('verify.openPdf')}
          </a>
        </p>
      )}
    </div>
  );
}

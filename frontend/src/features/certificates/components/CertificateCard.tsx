import { useTranslation } from 'react-i18next';
import { DetailRow } from '@/components/ui/DetailRow';
import { Alert, Button } from '@/components/ui';
import type { MyCertificate } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { useAsyncAction } from '@/lib/use-async-action';
import { downloadPdf, pdfUrl } from '../api/certificates';
import { CredentialDownload } from './CredentialDownload';
import { ShareLink } from './ShareLink';

/** One of the learner's certificates in full: what it says, the PDF, and the link to share. */
export function CertificateCard({ certificate }: { certificate: MyCertificate }) {
  const { t } = useTranslation();
  const download = useAsyncAction();
  const revoked = certificate.status === 'REVOKED';
  // Earned on the national platform: no score and no PDF here (the national platform prints its own).
  const national = certificate.source === 'NATIONAL';
  return (
    <div className="stack">
      <div className={`certificate ${revoked ? 'certificate--revoked' : ''}`}>
        <p className="certificate__kind">{t('certs.kind')}</p>
        <p className="certificate__holder">{certificate.holderName}</p>
        <p>{t('certs.completed', { course: certificate.courseTitle })}</p>
        <dl className="details">
          <DetailRow label={t('certs.code')} code>
            {certificate.code}
          </DetailRow>
          <DetailRow label={t('certs.unit')}>{certificate.unitName}</DetailRow>
          {national ? (
            <DetailRow label={t('certs.source')}>{t('certs.sourceNational')}</DetailRow>
          ) : (
            <DetailRow label={t('certs.score')}>{certificate.scorePercent}%</DetailRow>
          )}
          <DetailRow label={t('certs.issuedAt')}>{formatDate(certificate.issuedAt)}</DetailRow>
          <DetailRow label={t('certs.status')}>
            {revoked
              ? t('certs.revokedOn', { date: formatDate(certificate.revokedAt ?? certificate.issuedAt) })
              : t('certs.valid')}
          </DetailRow>
        </dl>
      </div>
      {revoked && <Alert variant="error">{t('certs.revokedNote')}</Alert>}
      {!national && (
        <div className="actions">
          <Button
            loading={download.busy}
            loadingText={t('certs.downloading')}
            onClick={download.run(() => downloadPdf(certificate.code))}
          >
            {t('certs.download')}
          </Button>
          <a className="btn btn--secondary" href={pdfUrl(certificate.code)} target="_blank" rel="noopener noreferrer">
            {t('certs.openPdf')}
          </a>
        </div>
      )}
      {download.error && <Alert variant="error">{download.error}</Alert>}
      <ShareLink url={certificate.verifyUrl} title={t('certs.shareTitle', { name: certificate.holderName })} />
      <p className="muted">{t('certs.qrNote')}</p>
      {!revoked && certificate.credentialUrl && <CredentialDownload code={certificate.code} />}
    </div>
  );
}

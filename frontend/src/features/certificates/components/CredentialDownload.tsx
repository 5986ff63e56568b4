import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@/components/ui';
import { useAsyncAction } from '@/lib/use-async-action';
import { credentialQrUrl, downloadCredential } from '../api/credentials';

/**
 * The holder's certificate as a digital credential (Open Badges 3.0): the file a wallet or an employer's system
 * takes, and a QR code that carries it, for a verifier's phone.
 */
export function CredentialDownload({ code }: { code: string }) {
  const { t } = useTranslation();
  const download = useAsyncAction();
  const showQr = useAsyncAction();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => () => void (qr && URL.revokeObjectURL(qr)), [qr]);

  return (
    <section className="stack" aria-labelledby={`credential-${code}`}>
      <h3 id={`credential-${code}`}>{t('credential.title')}</h3>
      <p className="muted">{t('credential.intro')}</p>
      <div className="actions">
        <Button
          variant="secondary"
          loading={download.busy}
          loadingText={t('certs.downloading')}
          onClick={download.run(() => downloadCredential(code, 'json'))}
        >
          {t('credential.download')}
        </Button>
        {!qr && (
          <Button
            variant="secondary"
            loading={showQr.busy}
            loadingText={t('certs.downloading')}
            onClick={showQr.run(async () => setQr(await credentialQrUrl(code)))}
          >
            {t('credential.showQr')}
          </Button>
        )}
      </div>
      {(download.error ?? showQr.error) && <Alert variant="error">{download.error ?? showQr.error}</Alert>}
      {qr && <img className="credential-qr" src={qr} alt={t('credential.qrAlt')} width={320} height={320} />}
    </section>
  );
}

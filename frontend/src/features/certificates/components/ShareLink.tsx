import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui';

/**
 * Shares the public verification link: the phone's own share sheet where there is one (Zalo, SMS…),
 * else copies the link. The link is always shown in full, to read out or copy by hand.
 */
export function ShareLink({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  async function share() {
    setMessage('');
    if (canShare) {
      try {
        await navigator.share({ title, text: title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        // share sheet unavailable: fall back to copying
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('certs.copied'));
    } catch {
      setMessage(t('certs.copyFailed'));
    }
  }

  return (
    <div className="share">
      <p className="share__label" id="share-link-label">
        {t('certs.verifyLink')}
      </p>
      <p className="share__url">
        <a href={url} aria-describedby="share-link-label">
          {url}
        </a>
      </p>
      <Button variant="secondary" onClick={() => void share()}>
        {canShare ? t('certs.share') : t('certs.copyLink')}
      </Button>
      <p role="status" className="share__message">
        {message}
      </p>
    </div>
  );
}

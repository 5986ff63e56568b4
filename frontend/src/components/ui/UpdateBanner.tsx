import { useTranslation } from 'react-i18next';
import { useUpdateReady } from '@/lib/pwa/register-sw';

/** Offers the new release after the service worker updated; reloading loses nothing (progress is queued on the device). */
export function UpdateBanner() {
  const { t } = useTranslation();
  const ready = useUpdateReady();
  if (!ready) return null;
  return (
    <div className="update-banner" role="status">
      <p>{t('pwa.updateReady')}</p>
      <button type="button" className="btn btn--secondary" onClick={() => window.location.reload()}>
        {t('pwa.reload')}
      </button>
    </div>
  );
}

import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgressSync } from '../offline/sync';

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}
const onlineNow = () => navigator.onLine;

/** Tells the learner, in words, whether their progress has reached the server or waits on this device. */
export function SyncStatus() {
  const { t } = useTranslation();
  const sync = useProgressSync();
  const online = useSyncExternalStore(subscribeOnline, onlineNow, () => true);

  let kind: 'saved' | 'saving' | 'waiting' | 'idle';
  if (sync.pending > 0) kind = sync.waiting || !online ? 'waiting' : 'saving';
  else if (sync.syncing) kind = 'saving';
  else kind = sync.lastSavedAt ? 'saved' : 'idle';

  return (
    <div className={`sync sync--${kind}`} role="status">
      {!online && <p className="sync__offline">{t('sync.offline')}</p>}
      <p className="sync__text">
        <span aria-hidden="true" className="sync__icon">
          {kind === 'saved' ? '✓' : kind === 'waiting' ? '↻' : kind === 'saving' ? '…' : 'ⓘ'}
        </span>{' '}
        <span className="sync__label">
          {kind === 'waiting' ? t('sync.waiting', { count: sync.pending }) : t(`sync.${kind}`)}
        </span>
      </p>
    </div>
  );
}

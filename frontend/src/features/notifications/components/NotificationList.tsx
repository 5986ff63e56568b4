import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadError, Spinner } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { useMarkAllRead, useMarkRead, useMyNotifications } from '../api/notifications';

/** The person's in-app messages, newest first; unread ones marked, each one read with a button. */
export function NotificationList() {
  const { t } = useTranslation();
  const [page] = useState(1);
  const query = useMyNotifications(page);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  if (query.isPending) return <Spinner label={t('notifications.loading')} />;
  if (query.isError)
    return <LoadError title={t('notifications.loadError')} error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.items;
  if (items.length === 0) return <p>{t('notifications.empty')}</p>;
  const anyUnread = items.some((item) => !item.readAt);

  return (
    <div className="stack">
      {anyUnread && (
        <Button variant="secondary" loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.markAll')}
        </Button>
      )}
      <ul className="stack" aria-label={t('notifications.title')}>
        {items.map((item) => (
          <li key={item.id} className={item.readAt ? 'card' : 'card card--unread'}>
            <h2>
              {!item.readAt && <span className="badge">{t('notifications.new')}</span>} {item.subject}
            </h2>
            <p>{item.body}</p>
            <p className="field__hint">{formatDate(item.createdAt)}</p>
            {!item.readAt && (
              <Button variant="secondary" onClick={() => markRead.mutate(item.id)}>
                {t('notifications.markRead')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

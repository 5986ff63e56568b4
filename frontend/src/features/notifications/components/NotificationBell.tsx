import { useTranslation } from 'react-i18next';
import './notifications.css';
import { NavLink } from 'react-router';
import { useSession } from '@/lib/auth/session';
import { useUnreadCount } from '../api/notifications';

/** "Thông báo" in the header, with the number of unread messages (nothing more when it cannot be read). */
export function NotificationBell() {
  const { t } = useTranslation();
  const { status } = useSession();
  const unread = useUnreadCount(status === 'authenticated').data?.unread ?? 0;
  return (
    <NavLink
      to="/thong-bao"
      aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
    >
      <span aria-hidden="true">🔔 </span>
      {t('notifications.bell')}
      {unread > 0 && (
        <span className="badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}

import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './notifications.css';
import { NavLink } from 'react-router';
import { useSession } from '@/lib/auth/session';
import { useUnreadCount } from '../api/notifications';

/** When the browser is next idle (after the frame being rendered is painted); a short timer where unsupported. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}

/**
 * True once the page's own queries (started by its route's loader with the session) have their answers
 * and the page drawn with them is painted: on a slow link the bell's count would otherwise take a turn
 * before the page's words (docs/benchmarks.md, "Web app: Lighthouse on a phone"). Checked again when
 * idle, so that queries started meanwhile count.
 */
function usePageSettled(enabled: boolean) {
  const client = useQueryClient();
  const fetching = useIsFetching();
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!enabled || settled || fetching > 0) return;
    return whenIdle(() => setSettled(client.isFetching() === 0));
  }, [client, enabled, settled, fetching]);
  return settled;
}

/** "Thông báo" in the header, with the number of unread messages (nothing more when it cannot be read). */
export function NotificationBell() {
  const { t } = useTranslation();
  const { status } = useSession();
  const authenticated = status === 'authenticated';
  const unread = useUnreadCount(usePageSettled(authenticated) && authenticated).data?.unread ?? 0;
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

import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui';
import { NotificationList } from '@/features/notifications';
import { RequireAuth } from '../RequireAuth';

export default function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <RequireAuth>
      <div className="stack">
        <PageTitle title={t('notifications.title')}>{t('notifications.title')}</PageTitle>
        <NotificationList />
      </div>
    </RequireAuth>
  );
}

import { NotificationList } from '@/features/notifications';
import { LearnerPage } from './LearnerPage';

export default function NotificationsPage() {
  return (
    <LearnerPage titleKey="notifications.title">
      <NotificationList />
    </LearnerPage>
  );
}

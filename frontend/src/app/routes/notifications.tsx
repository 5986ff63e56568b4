import { NotificationList } from '@/features/notifications';
import { learnerPage } from './LearnerPage';

export default learnerPage('notifications.title', NotificationList);

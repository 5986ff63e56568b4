export { NotificationBell } from './components/NotificationBell';
export { NotificationList } from './components/NotificationList';
export { NotificationSettingsForm } from './components/NotificationSettingsForm';
export { BulkMessageDialog } from './components/BulkMessageDialog';

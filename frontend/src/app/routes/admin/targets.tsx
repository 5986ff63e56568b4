import { useTranslation } from 'react-i18next';
import { TargetsManager } from '@/features/admin';
import { AdminPage } from './AdminPage';

export default function AdminTargetsPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.targets.title')}>
      <TargetsManager />
    </AdminPage>
  );
}

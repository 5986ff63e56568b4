import { TargetsManager } from '@/features/stats/admin';
import { AdminPage } from './AdminPage';

export default function AdminTargetsPage() {
  return (
    <AdminPage titleKey="admin.targets.title">
      <TargetsManager />
    </AdminPage>
  );
}

import { TargetsManager } from '@/features/stats/admin';
import { AdminPage } from './AdminPage';

export default function AdminTargetsPage() {
  return (
    <AdminPage capability="targets" titleKey="admin.targets.title">
      <TargetsManager />
    </AdminPage>
  );
}

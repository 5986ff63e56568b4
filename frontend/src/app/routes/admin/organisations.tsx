import { OrganisationsManager } from '@/features/organisations/admin';
import { AdminPage } from './AdminPage';

export default function AdminOrganisationsPage() {
  return (
    <AdminPage capability="organisations" titleKey="admin.organisations.title">
      <OrganisationsManager />
    </AdminPage>
  );
}

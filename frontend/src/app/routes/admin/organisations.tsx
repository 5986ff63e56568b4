import { OrganisationsManager } from '@/features/organisations/admin';
import { ManagedProvinceSelect, useManagedProvince } from '../../managed-province';
import { AdminPage } from './AdminPage';

/**
 * The chosen province's organisation tree (`?tinh=`; a province administrator's own): what is listed, where a
 * new department without parent or unit goes, and whose organisations an imported file holds.
 */
export default function AdminOrganisationsPage() {
  const province = useManagedProvince();
  return (
    <AdminPage capability="organisations" titleKey="admin.organisations.title">
      <ManagedProvinceSelect id="organisations-province" province={province} />
      {/* another province, another tree: the open level and a half-written form are the one before's */}
      <OrganisationsManager key={province.code} province={province.code} />
    </AdminPage>
  );
}

import { TargetsManager } from '@/features/stats/admin';
import { ManagedProvinceSelect, useManagedProvince } from '../../managed-province';
import { AdminPage } from './AdminPage';

/** The chosen province's targets (`?tinh=`; a province administrator's own): every target is one province's. */
export default function AdminTargetsPage() {
  const province = useManagedProvince();
  return (
    <AdminPage capability="targets" titleKey="admin.targets.title">
      <ManagedProvinceSelect id="targets-province" province={province} />
      {/* a new province, a new editor: a target half-written for the one before is not saved in this one */}
      <TargetsManager key={province.code} province={province.code} />
    </AdminPage>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RolesManager } from '@/features/account/admin';
import { OrganisationCombobox } from '@/features/organisations';
import { OrganisationName } from '@/features/organisations/admin';
import { UnitCombobox } from '@/features/units';
import type { UnitRef } from '@/lib/api/types';
import { ManagedProvinceSelect, useManagedProvince } from '../../managed-province';
import { AdminPage } from './AdminPage';

function UnitField({
  id,
  label,
  error,
  province,
  onChange,
}: {
  id: string;
  label: string;
  error?: string;
  province: string;
  onChange: (code: string | null) => void;
}) {
  const [unit, setUnit] = useState<UnitRef | null>(null);
  return (
    <UnitCombobox
      id={id}
      label={label}
      error={error}
      province={province}
      value={unit}
      onChange={(next) => {
        setUnit(next);
        onChange(next?.code ?? null);
      }}
    />
  );
}

/**
 * Any kind of organisation may be granted: an agency's, a school's or an enterprise's manager sees its
 * figures. The units and organisations offered are the chosen province's (`?tinh=`; a province administrator's own).
 */
export default function AdminRolesPage() {
  const { t } = useTranslation();
  const province = useManagedProvince();
  return (
    <AdminPage capability="roles" title={t('admin.roles.title')}>
      <ManagedProvinceSelect id="roles-province" province={province} />
      <RolesManager
        scope={province.code}
        renderUnitField={(props) => <UnitField {...props} province={province.code} />}
        renderOrganisationField={(props) => <OrganisationCombobox {...props} province={province.code} />}
        renderOrganisation={(id) => <OrganisationName id={id} />}
      />
    </AdminPage>
  );
}

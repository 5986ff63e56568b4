import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RolesManager } from '@/features/account/admin';
import { OrganisationCombobox } from '@/features/organisations';
import { OrganisationName } from '@/features/organisations/admin';
import { UnitCombobox } from '@/features/units';
import type { UnitRef } from '@/lib/api/types';
import { AdminPage } from './AdminPage';

function UnitField({
  id,
  label,
  error,
  onChange,
}: {
  id: string;
  label: string;
  error?: string;
  onChange: (code: string | null) => void;
}) {
  const [unit, setUnit] = useState<UnitRef | null>(null);
  return (
    <UnitCombobox
      id={id}
      label={label}
      error={error}
      value={unit}
      onChange={(next) => {
        setUnit(next);
        onChange(next?.code ?? null);
      }}
    />
  );
}

/** Any kind of organisation may be granted: an agency's, a school's or an enterprise's manager sees its figures. */
export default function AdminRolesPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.roles.title')}>
      <RolesManager
        renderUnitField={(props) => <UnitField {...props} />}
        renderOrganisationField={(props) => <OrganisationCombobox {...props} />}
        renderOrganisation={(id) => <OrganisationName id={id} />}
      />
    </AdminPage>
  );
}

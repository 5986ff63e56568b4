import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/ui';
import { Denominators } from '@/features/stats/admin';
import { AgencySelect, UnitCombobox } from '@/features/units';
import type { UnitRef } from '@/lib/api/types';
import { AdminPage } from './AdminPage';

export default function AdminDenominatorsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'unit' | 'agency'>('unit');
  const [unit, setUnit] = useState<UnitRef | null>(null);
  const [agencyId, setAgencyId] = useState('');
  return (
    <AdminPage title={t('admin.denominators.title')}>
      <p>{t('admin.denominators.intro')}</p>
      <RadioGroup
        id="denominator-kind"
        name="denominator-kind"
        legend={t('admin.denominators.kind')}
        value={kind}
        onChange={(v) => setKind(v as 'unit' | 'agency')}
        options={[
          { value: 'unit', label: t('admin.denominators.kindUnit') },
          { value: 'agency', label: t('admin.denominators.kindAgency') },
        ]}
      />
      {kind === 'unit' ? (
        <>
          <UnitCombobox id="denominator-unit" label={t('admin.denominators.unit')} value={unit} onChange={setUnit} />
          {unit && <Denominators key={unit.code} owner={{ kind: 'unit', code: unit.code }} />}
        </>
      ) : (
        <>
          <AgencySelect
            id="denominator-agency"
            label={t('admin.denominators.agency')}
            value={agencyId}
            onChange={setAgencyId}
          />
          {agencyId && <Denominators key={agencyId} owner={{ kind: 'agency', id: Number(agencyId) }} />}
        </>
      )}
    </AdminPage>
  );
}

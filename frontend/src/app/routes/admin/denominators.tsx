import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/ui';
import { QueryState } from '@/components/ui/QueryState';
import { OrganisationCombobox, type OrganisationRef } from '@/features/organisations';
import { Denominators, VillageDenominatorsTable, type VillageItem } from '@/features/stats/admin';
import { UnitCombobox, useUnitVillages } from '@/features/units';
import type { UnitRef } from '@/lib/api/types';
import { ManagedProvinceSelect, useManagedProvince } from '../../managed-province';
import { AdminPage } from './AdminPage';

type Owner = 'unit' | 'village' | 'organisation';
const OWNERS: readonly Owner[] = ['unit', 'village', 'organisation'];
const KIND_LABEL = { unit: 'kindUnit', village: 'kindVillage', organisation: 'kindOrganisation' } as const;

/** A unit's open villages, each with the figures in force; choosing one opens its versions below. */
function UnitVillageDenominators({ unit }: { unit: UnitRef }) {
  const { t } = useTranslation();
  const villages = useUnitVillages(unit.code);
  const [village, setVillage] = useState<VillageItem | null>(null);
  return (
    <QueryState query={villages} isEmpty={villages.data?.items.length === 0} empty={t('admin.denominators.noVillages')}>
      {villages.data && (
        <VillageDenominatorsTable
          villages={villages.data.items}
          selectedId={village?.id ?? null}
          onSelect={setVillage}
        />
      )}
      {village && (
        <section className="stack" aria-labelledby="village-figures-title">
          <h2 id="village-figures-title">{t('admin.denominators.figuresOf', { name: village.name })}</h2>
          <Denominators key={village.id} owner={{ kind: 'village', id: village.id }} />
        </section>
      )}
    </QueryState>
  );
}

export default function AdminDenominatorsPage() {
  const { t } = useTranslation();
  const [owner, setOwner] = useState<Owner>('unit');
  const [unit, setUnit] = useState<UnitRef | null>(null);
  const [organisation, setOrganisation] = useState<OrganisationRef | null>(null);
  // the units and organisations offered are the chosen province's (`?tinh=`; a province administrator's own)
  const province = useManagedProvince();
  const [shownProvince, setShownProvince] = useState(province.code);
  if (shownProvince !== province.code) {
    // another province: a unit of the one before is no longer offered
    setShownProvince(province.code);
    setUnit(null);
    setOrganisation(null);
  }
  return (
    <AdminPage capability="denominators" title={t('admin.denominators.title')}>
      <p>{t('admin.denominators.intro')}</p>
      <ManagedProvinceSelect id="denominator-province" province={province} />
      <RadioGroup
        id="denominator-kind"
        name="denominator-kind"
        legend={t('admin.denominators.kind')}
        value={owner}
        onChange={(v) => setOwner(v as Owner)}
        options={OWNERS.map((value) => ({ value, label: t(`admin.denominators.${KIND_LABEL[value]}`) }))}
      />
      {owner === 'organisation' ? (
        <>
          <OrganisationCombobox
            // a new province, a new search: the name typed for the one before goes with it
            key={province.code}
            id="denominator-organisation"
            label={t('admin.denominators.organisation')}
            hint={t('admin.denominators.organisationHint')}
            province={province.code}
            value={organisation}
            onChange={setOrganisation}
          />
          {organisation && (
            <Denominators
              key={organisation.id}
              owner={{ kind: 'organisation', id: organisation.id, organisationKind: organisation.kind }}
            />
          )}
        </>
      ) : (
        <>
          <UnitCombobox
            key={province.code}
            id="denominator-unit"
            label={t('admin.denominators.unit')}
            hint={owner === 'village' ? t('admin.denominators.villageUnitHint') : undefined}
            province={province.code}
            value={unit}
            onChange={setUnit}
          />
          {unit &&
            (owner === 'unit' ? (
              <Denominators key={unit.code} owner={{ kind: 'unit', code: unit.code }} />
            ) : (
              <UnitVillageDenominators key={unit.code} unit={unit} />
            ))}
        </>
      )}
    </AdminPage>
  );
}

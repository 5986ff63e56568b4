import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui';
import { DataTable } from '@/components/ui/DataTable';
import { formatNumber } from '@/lib/format';
import { currentVersion, useDenominators } from '../api/denominators';

/** A village as its unit's list names it. */
export interface VillageItem {
  id: number;
  name: string;
}

function VillageRow({
  village,
  selected,
  onSelect,
}: {
  village: VillageItem;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t } = useTranslation();
  const history = useDenominators({ kind: 'village', id: village.id });
  const current = history.data && currentVersion(history.data.items);
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatNumber(n));
  const figures = history.isPending ? (
    <td colSpan={3}>{t('admin.denominators.villageLoading')}</td>
  ) : history.isError ? (
    <td colSpan={3}>{t('admin.denominators.villageLoadError')}</td>
  ) : !current ? (
    <td colSpan={3}>{t('admin.denominators.noVersion')}</td>
  ) : (
    <>
      <td className="num">{count(current.population)}</td>
      <td className="num">{count(current.adultPopulation)}</td>
      <td>
        {current.validFrom}
        {current.estimated && <span className="badge badge--estimate">{t('stats.estimated')}</span>}
      </td>
    </>
  );
  return (
    <tr>
      <th scope="row">{village.name}</th>
      {figures}
      <td>
        <Button variant="secondary" aria-pressed={selected} onClick={onSelect}>
          {t('admin.denominators.editVillage')}
          <span className="visually-hidden"> {village.name}</span>
        </Button>
      </td>
    </tr>
  );
}

/**
 * A unit's villages with the population and adults in force today, each opening its own versions
 * (`Denominators` with a village owner) to add one. A commune has a few dozen villages: one request each.
 */
export function VillageDenominatorsTable({
  villages,
  selectedId,
  onSelect,
}: {
  villages: readonly VillageItem[];
  selectedId: number | null;
  onSelect: (village: VillageItem) => void;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={t('admin.denominators.villages')}
      rows={villages}
      rowKey={(village) => village.id}
      columns={[
        { label: t('admin.denominators.village') },
        { label: t('admin.denominators.population'), numeric: true },
        { label: t('admin.denominators.adultPopulation'), numeric: true },
        { label: t('admin.denominators.inForceFrom') },
        { label: t('admin.actions') },
      ]}
      row={(village) => (
        <VillageRow village={village} selected={selectedId === village.id} onSelect={() => onSelect(village)} />
      )}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { Button, Select, Spinner } from '@/components/ui';
import type { FieldSlotProps } from '@/lib/use-api-form';
import { useUnitVillages } from '../api/units';

/** `value`: the village id as text; '' for none. `unitCode`: the unit chosen in the same form. */
export interface VillageSelectProps extends FieldSlotProps {
  unitCode: string | undefined;
}

/**
 * The open villages and residential groups of the chosen unit, optional. Nothing is shown until a unit is chosen,
 * nor for a unit whose managers have not entered its villages yet.
 */
export function VillageSelect({ id, label, hint, error, value, onChange, unitCode }: VillageSelectProps) {
  const { t } = useTranslation();
  const villages = useUnitVillages(unitCode);

  if (!unitCode) return null;
  if (villages.isPending) return <Spinner size="small" label={t('villages.loading')} />;
  if (villages.isError) {
    return (
      <div className="field">
        <p className="field__label">{label}</p>
        <p className="field__error" role="alert">
          {t('villages.loadError')}
        </p>
        <Button variant="secondary" onClick={() => void villages.refetch()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  if (villages.data.items.length === 0) return null;
  const options = [
    { value: '', label: t('villages.none') },
    ...villages.data.items.map((village) => ({ value: String(village.id), label: village.name })),
  ];
  return (
    <Select
      id={id}
      label={label}
      hint={hint}
      error={error}
      optional
      value={value}
      onChange={onChange}
      options={options}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { Button, SearchCombobox, Spinner } from '@/components/ui';
import { matchesWords } from '@/lib/text';
import type { FieldSlotProps } from '@/lib/use-api-form';
import { unitKeys, useUnitVillages } from '../api/units';

/** `value`: the village id as text; '' for none. `unitCode`: the unit chosen in the same form. */
export interface VillageComboboxProps extends FieldSlotProps {
  unitCode: string | undefined;
  /** Milliseconds of quiet typing before filtering. */
  debounceMs?: number;
}

interface Village {
  id: number;
  name: string;
}

/**
 * Finds one of the chosen unit's open villages and residential groups as the user types, accents or not
 * ("thon an" finds "Thôn An Lộc"); optional. A unit's villages are a few dozen, loaded once and filtered here,
 * so the list answers at once on a slow phone. Nothing is shown until a unit is chosen, nor for a unit whose
 * managers have not entered its villages yet.
 */
export function VillageCombobox({ value, onChange, unitCode, debounceMs = 0, ...props }: VillageComboboxProps) {
  const { t } = useTranslation();
  const villages = useUnitVillages(unitCode);

  if (!unitCode) return null;
  if (villages.isPending) return <Spinner size="small" label={t('villages.loading')} />;
  if (villages.isError) {
    return (
      <div className="field">
        <p className="field__label">{props.label}</p>
        <p className="field__error" role="alert">
          {t('villages.loadError')}
        </p>
        <Button variant="secondary" onClick={() => void villages.refetch()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  const items: Village[] = villages.data.items;
  if (items.length === 0) return null;
  return (
    <SearchCombobox<Village>
      {...props}
      optional
      debounceMs={debounceMs}
      value={items.find((village) => String(village.id) === value) ?? null}
      onChange={(village) => onChange(village ? String(village.id) : '')}
      queryKey={(q) => [...unitKeys.villages(unitCode), 'filtered', q]}
      search={(q) => Promise.resolve(items.filter((village) => matchesWords(village.name, q)))}
      keyOf={(village) => village.id}
      nameOf={(village) => village.name}
      texts={{
        noResults: t('villages.noResults'),
        loadError: t('villages.loadError'),
        selected: (name) => t('villages.selected', { name }),
      }}
    />
  );
}

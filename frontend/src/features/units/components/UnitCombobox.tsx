import { useTranslation } from 'react-i18next';
import { SearchCombobox } from '@/components/ui';
import type { Unit, UnitRef } from '@/lib/api/types';
import { config } from '@/lib/config';
import type { FieldSlotProps } from '@/lib/use-api-form';
import { searchUnits, unitKeys } from '../api/units';

export interface UnitComboboxProps extends FieldSlotProps<UnitRef | null> {
  /** Milliseconds of quiet typing before searching. */
  debounceMs?: number;
  /** Whose communes and wards are found: a key of `GET /api/v1/provinces`; the deployment's (config.js) by default. */
  province?: string;
}

const toRef = (unit: Unit | UnitRef): UnitRef => ({ code: unit.code, name: unit.name, type: unit.type });

/**
 * Finds a commune, ward or special zone of one province as the user types (see `SearchCombobox` for the
 * keys). The search ignores accents, so "tinh khe" finds "Xã Tịnh Khê"; a unit's former names show under its name.
 */
export function UnitCombobox({ value, onChange, province = config.province, ...props }: UnitComboboxProps) {
  const { t } = useTranslation();
  return (
    <SearchCombobox<Unit | UnitRef>
      {...props}
      value={value}
      onChange={(unit) => onChange(unit && toRef(unit))}
      queryKey={(q) => unitKeys.search(q, province)}
      search={(q) => searchUnits(q, province)}
      keyOf={(unit) => unit.code}
      nameOf={(unit) => unit.name}
      renderOption={(unit) => (
        <>
          <span className="combobox__name">{unit.name}</span>
          {'formerNames' in unit && unit.formerNames.length > 0 && (
            <span className="combobox__former">{t('units.formerNames', { names: unit.formerNames.join(', ') })}</span>
          )}
        </>
      )}
      texts={{
        noResults: t('units.noResults'),
        loadError: t('units.loadError'),
        selected: (name) => t('units.selected', { name }),
      }}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { SearchCombobox } from '@/components/ui';
import type { FieldSlotProps } from '@/lib/use-api-form';
import {
  organisationKeys,
  searchOrganisations,
  type OrganisationKind,
  type OrganisationRef,
  type OrganisationSummary,
} from '../api/organisations';

export interface OrganisationComboboxProps extends FieldSlotProps<OrganisationRef | null> {
  /** The kinds offered (none, or left out: every kind). */
  kinds?: readonly OrganisationKind[];
  /** The unit whose organisations are offered first (then any other). */
  unitCode?: string;
  /** Only this province's organisations are offered (left out: every province's). */
  province?: string;
  /** Says "optional" on the label (registration and the profile: a person may not know). */
  optional?: boolean;
  /** Milliseconds of quiet typing before searching. */
  debounceMs?: number;
}

const EVERY_KIND: readonly OrganisationKind[] = [];

const toRef = ({ id, name, kind }: OrganisationRef): OrganisationRef => ({ id, name, kind });

/**
 * Finds an open school, enterprise or agency as the user types (see `SearchCombobox` for the keys): the
 * server ignores accents, so "tran quoc tuan" finds "Trường THPT Trần Quốc Tuấn". Each result says its
 * kind or school level and what it sits under, so that two schools of the same name can be told apart.
 */
export function OrganisationCombobox({
  kinds = EVERY_KIND,
  unitCode,
  province,
  value,
  onChange,
  ...props
}: OrganisationComboboxProps) {
  const { t } = useTranslation();
  return (
    <SearchCombobox<OrganisationRef | OrganisationSummary>
      {...props}
      value={value}
      onChange={(organisation) => onChange(organisation && toRef(organisation))}
      queryKey={(q) => organisationKeys.search({ q, kinds, unitCode, province })}
      search={(q) => searchOrganisations({ q, kinds, unitCode, province })}
      keyOf={(organisation) => organisation.id}
      nameOf={(organisation) => organisation.name}
      renderOption={(organisation) => {
        const summary = organisation as Partial<OrganisationSummary>;
        const what = summary.schoolLevel
          ? t(`organisations.levels.${summary.schoolLevel}`)
          : t(`organisations.kinds.${organisation.kind}`);
        const under = summary.parentName ? ` · ${t('organisations.under', { name: summary.parentName })}` : '';
        return (
          <>
            <span className="combobox__name">{organisation.name}</span>
            <span className="combobox__detail">{what + under}</span>
          </>
        );
      }}
      texts={{
        noResults: t('organisations.noResults'),
        loadError: t('organisations.loadError'),
        selected: (name) => t('organisations.selected', { name }),
      }}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { Button, Select, Spinner } from '@/components/ui';
import type { FieldSlotProps } from '@/lib/use-api-form';
import { useAgencies } from '../api/units';

/** `value`: the agency id as text; '' for none. `only`: offer just these (a manager's own). */
export type AgencySelectProps = FieldSlotProps & { only?: readonly number[] };

/** The provincial agencies (sở, ban, ngành), optional: only public servants have one. */
export function AgencySelect({ id, label, hint, error, value, onChange, only }: AgencySelectProps) {
  const { t } = useTranslation();
  const agencies = useAgencies();

  if (agencies.isPending) return <Spinner size="small" label={t('agencies.loading')} />;
  if (agencies.isError) {
    return (
      <div className="field">
        <p className="field__label">{label}</p>
        <p className="field__error" role="alert">
          {t('agencies.loadError')}
        </p>
        <Button variant="secondary" onClick={() => void agencies.refetch()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  const options = [
    { value: '', label: t('agencies.none') },
    ...agencies.data.items
      .filter((agency) => !only || only.includes(agency.id))
      .map((agency) => ({ value: String(agency.id), label: agency.name })),
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

import { useTranslation } from 'react-i18next';
import { Select } from '@/components/ui';
import { provinceWords } from '@/lib/province';
import { ALL_PROVINCES, useProvinces } from '../api/provinces';

/**
 * "Tỉnh, thành phố": whose figures the public dashboard shows, one province's or every province's summed
 * (`ALL_PROVINCES`; not offered without `every`, where a page is about one province's units). `only`
 * keeps the provinces a province administrator may choose. Shown only where there is more than one
 * province to choose: with one, there is nothing to choose and the page stays as it was.
 */
export function ProvinceSelect({
  id,
  value,
  onChange,
  every = true,
  only,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  every?: boolean;
  only?: readonly string[];
}) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  const items = (provinces.data ?? []).filter((province) => !only || only.includes(province.code));
  if (items.length < 2) return null;

  const options = [
    ...(every ? [{ value: ALL_PROVINCES, label: t('publicDashboard.province.all') }] : []),
    ...items.map((province) => {
      const name = t('common.province', provinceWords(province));
      return {
        value: province.code,
        label: province.synthetic ? t('publicDashboard.province.synthetic', { name }) : name,
      };
    }),
  ];
  // a code the address names that is no province (the page says so): shown as it is, not as another choice
  if (!options.some((option) => option.value === value)) {
    options.push({ value, label: t('publicDashboard.province.unknown', { code: value }) });
  }
  return (
    <div className="filters">
      <Select id={id} label={t('publicDashboard.province.label')} value={value} onChange={onChange} options={options} />
    </div>
  );
}

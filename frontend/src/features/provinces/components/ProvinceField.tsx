import { useTranslation } from 'react-i18next';
import { Select } from '@/components/ui';
import type { Province } from '@/lib/api/types';
import { provinceWords } from '@/lib/province';
import type { FieldSlotProps } from '@/lib/use-api-form';

/**
 * A form's "Tỉnh, thành phố": one of the provinces the portal serves (a key of `GET /api/v1/provinces`), a
 * synthetic one labelled as test data (as the dashboard's select says it). No "every province" choice: the form is about one province.
 */
export function ProvinceField({ provinces, ...props }: FieldSlotProps & { provinces: readonly Province[] }) {
  const { t } = useTranslation();
  const options = provinces.map((province) => {
    const name = t('common.province', provinceWords(province));
    return {
      value: province.code,
      label: province.synthetic ? t('publicDashboard.province.synthetic', { name }) : name,
    };
  });
  return <Select {...props} options={options} />;
}

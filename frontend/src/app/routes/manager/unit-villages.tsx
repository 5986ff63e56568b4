import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AsOfPicker, type AsOfChoice } from '@/features/stats';
import { UnitVillages, VillageFiguresTable, VillageImport } from '@/features/villages';
import { UnitSubpage } from './unit-page';

/**
 * A unit's villages and its figures by village: for its managers and the province administrators (as the API).
 * The figures follow the day chosen in "Số liệu tính đến ngày" (now when none), as the dashboard's do.
 */
export default function UnitVillagesPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [choice, setChoice] = useState<AsOfChoice>({ asOf: '', compareTo: '' });
  return (
    <UnitSubpage code={code} title={t('villages.title')}>
      <p>{t('villages.intro')}</p>
      <AsOfPicker idPrefix="villages" value={choice} onChange={setChoice} />
      <VillageFiguresTable code={code} asOf={choice.asOf} />
      <UnitVillages code={code} />
      <VillageImport code={code} />
    </UnitSubpage>
  );
}

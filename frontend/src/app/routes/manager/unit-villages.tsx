import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/ui';
import { AsOfPicker, type AsOfChoice } from '@/features/stats';
import { UnitVillages, VillageFiguresTable, VillageImport } from '@/features/villages';
import { RequireRole } from '../../RequireRole';

/**
 * A unit's villages and its figures by village: for its managers and the province administrators (as the API).
 * The figures follow the day chosen in "Số liệu tính đến ngày" (now when none), as the dashboard's do.
 */
export default function UnitVillagesPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [choice, setChoice] = useState<AsOfChoice>({ asOf: '', compareTo: '' });
  return (
    <RequireRole
      roles={['UNIT_MANAGER', 'ADMIN']}
      allow={(claims) => claims.roles.includes('ADMIN') || claims.units.includes(code)}
    >
      <div className="stack stack--wide">
        <PageTitle title={t('villages.title')}>{t('villages.title')}</PageTitle>
        <p>
          <Link to={`/quan-ly/don-vi/${code}`}>{t('followUp.back')}</Link>
        </p>
        <p>{t('villages.intro')}</p>
        <AsOfPicker idPrefix="villages" value={choice} onChange={setChoice} />
        <VillageFiguresTable code={code} asOf={choice.asOf} />
        <UnitVillages code={code} />
        <VillageImport code={code} />
      </div>
    </RequireRole>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BulkMessageDialog } from '@/features/notifications';
import { FollowUpList } from '@/features/stats';
import { VillageCombobox } from '@/features/units';
import { UnitSubpage } from './unit-page';

export default function UnitLearnersPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [village, setVillage] = useState('');
  return (
    <UnitSubpage code={code} title={t('followUp.title')} ownManagersOnly>
      <div className="actions">
        <BulkMessageDialog code={code} />
      </div>
      <VillageCombobox
        id="follow-up-village"
        label={t('followUp.village')}
        value={village}
        onChange={setVillage}
        unitCode={code}
      />
      <FollowUpList code={code} villageId={village ? Number(village) : undefined} />
    </UnitSubpage>
  );
}

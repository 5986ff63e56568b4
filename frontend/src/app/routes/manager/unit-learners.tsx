import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/ui';
import { BulkMessageDialog } from '@/features/notifications';
import { FollowUpList } from '@/features/stats';
import { VillageCombobox } from '@/features/units';
import { RequireRole } from '../../RequireRole';

export default function UnitLearnersPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [village, setVillage] = useState('');
  return (
    // personal data: only the unit's own managers, not province administrators (the API says the same)
    <RequireRole roles={['UNIT_MANAGER']} allow={(claims) => claims.units.includes(code)}>
      <div className="stack stack--wide">
        <PageTitle title={t('followUp.title')}>{t('followUp.title')}</PageTitle>
        <p>
          <Link to={`/quan-ly/don-vi/${code}`}>{t('followUp.back')}</Link>
        </p>
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
      </div>
    </RequireRole>
  );
}

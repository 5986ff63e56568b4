import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { HelperActivityList, UnitHelpers } from '@/features/assisted';
import { UnitSubpage } from './unit-page';

/** A unit's community helpers and what they did: for its managers and the province administrators (as the API). */
export default function UnitHelpersPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <UnitSubpage code={code} title={t('helpers.title')}>
      <p>{t('helpers.intro')}</p>
      <UnitHelpers code={code} />
      <HelperActivityList code={code} />
    </UnitSubpage>
  );
}

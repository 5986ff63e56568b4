import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui';
import { AssistedRegistrationForm, AssistedResetForm } from '@/features/assisted';
import { useClaims } from '@/lib/auth/claims';
import { RequireRole } from '../RequireRole';

/** A community helper's page ("Đại sứ số"): register a person who is with them; start a reset for a person of their unit. */
export default function AssistPage() {
  const { t } = useTranslation();
  const claims = useClaims();
  return (
    <RequireRole roles={['HELPER']}>
      <div className="stack">
        <PageTitle title={t('assisted.title')}>{t('assisted.title')}</PageTitle>
        <p>{t('assisted.intro')}</p>
        <AssistedRegistrationForm units={claims.helperUnits} />
        <AssistedResetForm />
      </div>
    </RequireRole>
  );
}

import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert, Button, Spinner } from '@/components/ui';
import { ChangePasswordForm, EditProfileForm, LogoutButton, ProfileDetails, useMe } from '@/features/account';
import { GroupOrganisationField } from '@/features/organisations';
import { UnitCombobox, VillageCombobox } from '@/features/units';
import { errorMessage } from '@/lib/api/problem';
import { learnerPage } from './LearnerPage';
import { NotificationSettingsForm } from '@/features/notifications';

function AccountContent() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();

  if (me.isPending) return <Spinner />;
  if (me.isError) {
    return (
      <Alert variant="error" title={t('account.loadError')}>
        <p>{errorMessage(me.error, t)}</p>
        <Button variant="secondary" onClick={() => void me.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  const profile = me.data;
  return (
    <>
      <section aria-labelledby="profile-title" className="card">
        <h2 id="profile-title">{t('account.profile')}</h2>
        <ProfileDetails profile={profile} />
        <LogoutButton onLoggedOut={() => void navigate('/', { replace: true })} />
      </section>
      <section className="card">
        <EditProfileForm
          key={profile.id}
          profile={profile}
          renderUnitField={(props) => <UnitCombobox {...props} />}
          renderOrganisationField={(props) => <GroupOrganisationField {...props} />}
          renderVillageField={(props) => <VillageCombobox {...props} />}
        />
      </section>
      <section className="card">
        <ChangePasswordForm profile={profile} />
      </section>
      <section className="card" id="thong-bao">
        <NotificationSettingsForm />
      </section>
    </>
  );
}

export default learnerPage('account.title', AccountContent);

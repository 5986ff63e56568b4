import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '@/components/ui';
import { meQueryKey } from '@/features/account';
import { RegisterForm } from '@/features/auth';
import { GroupOrganisationField } from '@/features/organisations';
import { UnitCombobox, VillageCombobox } from '@/features/units';

export default function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <div className="stack">
      <PageTitle title={t('register.title')}>{t('register.title')}</PageTitle>
      <p>{t('register.intro')}</p>
      <RegisterForm
        renderUnitField={(props) => <UnitCombobox {...props} />}
        renderOrganisationField={(props) => <GroupOrganisationField {...props} />}
        renderVillageField={(props) => <VillageCombobox {...props} />}
        onRegistered={(profile, loggedIn, reason) => {
          if (reason === 'phone_not_verified') {
            void navigate('/xac-minh-so-dien-thoai', { replace: true, state: { phone: profile.phone ?? '' } });
          } else if (loggedIn) {
            queryClient.setQueryData(meQueryKey, profile);
            void navigate('/tai-khoan', { replace: true });
          } else {
            void navigate('/dang-nhap', { replace: true, state: { notice: 'register.autoLoginFailed' } });
          }
        }}
      />
      <p>
        {t('register.haveAccount')} <Link to="/dang-nhap">{t('register.loginLink')}</Link>
      </p>
    </div>
  );
}

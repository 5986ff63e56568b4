import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { PageTitle } from '@/components/ui';
import { PhoneVerificationForm } from '@/features/assisted';

/** Where the deployment asks for it: the code sent to the phone at registration, before the first login. */
export default function VerifyPhonePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const phone = ((location.state ?? {}) as { phone?: string }).phone ?? '';
  return (
    <div className="stack">
      <PageTitle title={t('verifyPhone.title')}>{t('verifyPhone.title')}</PageTitle>
      <PhoneVerificationForm
        initialPhone={phone}
        onDone={() => void navigate('/dang-nhap', { replace: true, state: { notice: 'verifyPhone.done' } })}
      />
      <p>
        <Link to="/dang-nhap">{t('recovery.backToLogin')}</Link>
      </p>
    </div>
  );
}

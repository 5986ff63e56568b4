import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { PageTitle } from '@/components/ui';
import { ForgotPasswordForm } from '@/features/recovery';
import { useSession } from '@/lib/auth/session';

/** "Quên mật khẩu": a code by Zalo, SMS or e-mail, then a new password; then the login page says so. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { status } = useSession();
  if (status === 'authenticated') return <Navigate to="/tai-khoan" replace />;
  return (
    <div className="stack">
      <PageTitle title={t('recovery.title')}>{t('recovery.title')}</PageTitle>
      <ForgotPasswordForm
        onDone={() => void navigate('/dang-nhap', { replace: true, state: { notice: 'recovery.done' } })}
      />
      <p>
        <Link to="/dang-nhap">{t('recovery.backToLogin')}</Link>
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, PageTitle } from '@/components/ui';
import { LoginForm } from '@/features/auth';
import { useSession } from '@/lib/auth/session';

interface LoginState {
  from?: string;
  notice?: string;
}

/** Only same-site paths: never send the user elsewhere after login. */
function safePath(path: string | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/tai-khoan';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginState;
  const { status } = useSession();
  const target = safePath(state.from);

  if (status === 'authenticated') return <Navigate to={target} replace />;

  return (
    <div className="stack">
      <PageTitle title={t('login.title')}>{t('login.title')}</PageTitle>
      {state.notice && <Alert variant="info">{t(state.notice)}</Alert>}
      {!state.notice && state.from && <Alert variant="info">{t('login.sessionEnded')}</Alert>}
      <LoginForm
        onLoggedIn={() => void navigate(target, { replace: true })}
        onPhoneNotVerified={(login) => void navigate('/xac-minh-so-dien-thoai', { state: { phone: login } })}
      />
      <p>
        <Link to="/quen-mat-khau">{t('recovery.link')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to="/dang-ky">{t('login.registerLink')}</Link>
      </p>
    </div>
  );
}

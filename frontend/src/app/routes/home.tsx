import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';
import { useSession } from '@/lib/auth/session';

export default function HomePage() {
  const { t } = useTranslation();
  const { status } = useSession();
  return (
    <div className="stack">
      <PageTitle title={t('common.appName')}>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.intro')}</p>
      <section aria-labelledby="home-steps">
        <h2 id="home-steps">{t('home.stepsTitle')}</h2>
        <ol className="steps">
          <li>{t('home.step1')}</li>
          <li>{t('home.step2')}</li>
          <li>{t('home.step3')}</li>
        </ol>
      </section>
      <div className="actions">
        {status === 'authenticated' ? (
          <>
            <p>{t('home.welcomeBack')}</p>
            <Link className="btn btn--primary" to="/tai-khoan">
              {t('home.account')}
            </Link>
          </>
        ) : (
          <>
            <Link className="btn btn--primary" to="/dang-ky">
              {t('home.register')}
            </Link>
            <Link className="btn btn--secondary" to="/dang-nhap">
              {t('home.login')}
            </Link>
          </>
        )}
      </div>
    </div>
  );
}

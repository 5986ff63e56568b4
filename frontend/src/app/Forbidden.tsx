import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';

/** What someone sees on a page their role or scope does not open: plain words and a way on. */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle title={t('forbidden.title')}>{t('forbidden.title')}</PageTitle>
      <p>{t('forbidden.body')}</p>
      <p>
        <Link className="btn btn--primary" to="/">
          {t('forbidden.home')}
        </Link>
      </p>
    </div>
  );
}

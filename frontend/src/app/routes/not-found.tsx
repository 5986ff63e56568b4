import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle title={t('notFound.title')}>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <p>
        <Link className="btn btn--primary" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}

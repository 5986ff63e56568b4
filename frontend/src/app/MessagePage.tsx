import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';

/** A page that only says something (`{texts}.title`, `.body`) in plain words, and offers the way home (`.home`). */
export function MessagePage({ texts }: { texts: 'forbidden' | 'notFound' }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle title={t(`${texts}.title`)}>{t(`${texts}.title`)}</PageTitle>
      <p>{t(`${texts}.body`)}</p>
      <p>
        <Link className="btn btn--primary" to="/">
          {t(`${texts}.home`)}
        </Link>
      </p>
    </div>
  );
}

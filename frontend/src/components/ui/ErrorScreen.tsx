import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';

interface Props {
  title: string;
  body: string;
}

/**
 * What a page that could not be shown says instead: plain words, "Tải lại" and a way home. The home
 * link is a plain link (a full page load), so it also works when the router itself is what failed.
 */
export function ErrorScreen({ title, body }: Props) {
  const { t } = useTranslation();
  return (
    <div className="stack error-screen" role="alert">
      <PageTitle title={title}>{title}</PageTitle>
      <p>{body}</p>
      <div className="actions">
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          {t('errorPage.reload')}
        </button>
        <a className="btn btn--secondary" href="/">
          {t('errorPage.home')}
        </a>
      </div>
    </div>
  );
}

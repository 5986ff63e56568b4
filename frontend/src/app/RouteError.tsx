import { Component, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ErrorScreen } from '@/components/ui';
import { isChunkLoadError, reloadOnceForNewRelease } from '@/lib/release/chunk-reload';

/** The words for an error: a chunk gone after a release, no connection, or anything else. */
function ErrorView({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const chunk = isChunkLoadError(error);
  useEffect(() => {
    // a lazy part (a chart, a page) that failed after rendering began: the same one reload as for pages
    if (chunk) reloadOnceForNewRelease();
  }, [chunk]);
  if (chunk && globalThis.navigator?.onLine === false) {
    return <ErrorScreen title={t('errorPage.title')} body={t('errorPage.offlineBody')} />;
  }
  if (chunk) return <ErrorScreen title={t('errorPage.newReleaseTitle')} body={t('errorPage.newReleaseBody')} />;
  return <ErrorScreen title={t('errorPage.title')} body={t('errorPage.body')} />;
}

/**
 * The error boundary of a part of the app (the root, and each area: learner, public, manager, admin),
 * set as the routes' errorElement: a page that throws while loading or rendering shows this inside the
 * layout, so the header and the way home stay.
 */
export function RouteError() {
  const error = useRouteError();
  useEffect(() => {
    // for whoever reads the console (support, the e2e logs); the learner sees plain words
    console.error(error);
  }, [error]);
  return <ErrorView error={error} />;
}

/** The last boundary, around the router itself: nothing of the app can break past it. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    if (this.state.error) {
      return (
        <main id="main" className="main">
          <ErrorView error={this.state.error} />
        </main>
      );
    }
    return this.props.children;
  }
}

import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui';
import { RequireAuth } from '../RequireAuth';

/** The frame of a page of the signed-in learner: sign-in first, then the title (heading and tab) and the content. */
export function LearnerPage({ titleKey, children }: { titleKey: string; children: ReactNode }) {
  const { t } = useTranslation();
  const title = t(titleKey);
  return (
    <RequireAuth>
      <div className="stack">
        <PageTitle title={title}>{title}</PageTitle>
        {children}
      </div>
    </RequireAuth>
  );
}

/** A route's page that is only a learner's frame around one component: `export default learnerPage('account.title', AccountContent)`. */
export function learnerPage(titleKey: string, Content: ComponentType) {
  return function Page() {
    return (
      <LearnerPage titleKey={titleKey}>
        <Content />
      </LearnerPage>
    );
  };
}

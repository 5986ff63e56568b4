import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';
import { rolesFor, type Capability } from '@/lib/auth/capabilities';
import { RequireRole } from '../../RequireRole';

/**
 * The frame of every administration page: for those with its `capability` only (the national
 * administrator, and a province administrator where the page is one of its province's), a title, a way back.
 */
export function AdminPage({
  capability,
  title,
  titleKey,
  back = '/quan-tri',
  children,
}: {
  capability: Capability;
  title?: string;
  titleKey?: string;
  back?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = title ?? (titleKey ? t(titleKey) : '');
  return (
    <RequireRole roles={rolesFor(capability)}>
      <div className="stack stack--wide">
        <PageTitle title={heading}>{heading}</PageTitle>
        <p>
          <Link to={back}>{t('admin.back')}</Link>
        </p>
        {children}
      </div>
    </RequireRole>
  );
}

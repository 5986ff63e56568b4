import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';
import { RequireRole } from '../../RequireRole';

/** The frame of every administration page: administrators only, a title, a way back. */
export function AdminPage({
  title,
  titleKey,
  back = '/quan-tri',
  children,
}: {
  title?: string;
  titleKey?: string;
  back?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = title ?? (titleKey ? t(titleKey) : '');
  return (
    <RequireRole roles={['ADMIN']}>
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

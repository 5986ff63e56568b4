import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/api/problem';
import { Alert } from './Alert';
import { Button } from './Button';
import { Spinner } from './Spinner';

interface QueryLike {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** The three states every list and page shares before its content: loading, failed (with retry), empty. */
export function QueryState({
  query,
  isEmpty = false,
  empty,
  errorTitle,
  children,
}: {
  query: QueryLike;
  isEmpty?: boolean;
  empty?: ReactNode;
  errorTitle?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Spinner />;
  if (query.isError) {
    return (
      <Alert variant="error" title={errorTitle ?? t('ui.loadError')}>
        <p>{errorMessage(query.error, t)}</p>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (isEmpty) return <p className="empty-state">{empty ?? t('ui.empty')}</p>;
  return children;
}

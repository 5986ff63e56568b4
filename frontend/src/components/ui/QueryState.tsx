import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/api/problem';
import { Alert } from './Alert';
import { Button } from './Button';
import { Spinner } from './Spinner';

/** The error state every page shows the same way: what failed, the server's words, and a retry. */
export function LoadError({
  title,
  error,
  onRetry,
  children,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Alert variant="error" title={title}>
      <p>{errorMessage(error, t)}</p>
      {children}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

export interface QueryLike {
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
      <LoadError title={errorTitle ?? t('ui.loadError')} error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  if (isEmpty) return <p className="empty-state">{empty ?? t('ui.empty')}</p>;
  return children;
}

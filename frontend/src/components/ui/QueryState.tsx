import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/api/problem';
import { Alert } from './Alert';
import { Button } from './Button';

/** The error state every page shows the same way: what failed, the server's words, and a retry. */
export function LoadError({ title, error, onRetry, children }: { title: string; error: unknown; onRetry?: () => void; children?: ReactNode }) {
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

import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import { formatDateTime } from '../format';
import type { QuizStatus } from '@/lib/api/types';

/**
 * What a learner who cannot start the test now needs to know: when the next attempt opens, or that a
 * manager of their commune can give one. Nothing when an attempt can be started.
 */
export function NextAttemptInfo({ status }: { status: QuizStatus }) {
  const { t } = useTranslation();
  const at = status.nextAttemptAt ? formatDateTime(status.nextAttemptAt) : '';
  switch (status.state) {
    case 'WAITING_FOR_NEW_SET':
      return (
        <Alert variant="info" title={t('retake.allUsedTitle', { count: status.attemptsUsed })}>
          <p>{t('retake.newSetAt', { date: at, hours: Math.round(status.retakeCooldownMinutes / 60) })}</p>
          <p>{t('retake.meanwhile')}</p>
        </Alert>
      );
    case 'WAITING_FOR_MANAGER':
      return (
        <Alert variant="info" title={t('retake.allUsedTitle', { count: status.attemptsUsed })}>
          <p>{t('retake.askManager')}</p>
          <p>{t('retake.meanwhile')}</p>
        </Alert>
      );
    case 'WAITING':
      return <Alert variant="info">{t('retake.waitBetween', { date: at })}</Alert>;
    default:
      return null;
  }
}

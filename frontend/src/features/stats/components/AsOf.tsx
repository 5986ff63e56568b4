import { useTranslation } from 'react-i18next';
import { formatAsOf } from '../format';

/** The line that says when the figures shown were counted ("Số liệu tính đến 09:00, 11/11/2025"). */
export function AsOf({ time }: { time: string }) {
  const { t } = useTranslation();
  return <p className="as-of">{t('stats.asOf', { time: formatAsOf(time) })}</p>;
}

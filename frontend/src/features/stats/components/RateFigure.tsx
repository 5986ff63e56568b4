import { useTranslation } from 'react-i18next';
import type { Rate } from '@/lib/api/types';
import { formatCount, formatDay, formatPercent } from '../format';

/**
 * A rate as the notice would print it, with what it was measured against: the number alone misleads
 * (1,716 participants is 3% of a commune of 56,000), so the basis, an estimate or a missing denominator
 * is always said next to it.
 */
export function RateFigure({ rate, compact = false }: { rate: Rate; compact?: boolean }) {
  const { t } = useTranslation();
  const badge = rate.estimated && rate.percent !== null && (
    <span className="badge badge--estimate" title={t('stats.estimatedHint')}>
      {t('stats.estimated')}
    </span>
  );
  if (rate.percent === null) {
    return (
      <span className="rate rate--missing">
        {rate.missing === 'ZERO_DENOMINATOR' ? t('stats.zeroDenominator') : t('stats.noDenominator')}
      </span>
    );
  }
  if (compact) {
    return (
      <span className="rate">
        {formatPercent(rate.percent)} {badge}
      </span>
    );
  }
  return (
    <span className="rate">
      <span className="rate__value">{formatPercent(rate.percent)}</span> {badge}
      <span className="rate__basis">
        {t('stats.ratio', {
          numerator: formatCount(rate.numerator),
          denominator: rate.denominator === null ? '—' : formatCount(rate.denominator),
          basis: t(`stats.basis.${rate.basis}`),
        })}
        {rate.source && <> · {t('stats.source', { source: rate.source })}</>}
        {rate.validFrom && <> · {t('stats.validFrom', { date: formatDay(rate.validFrom) })}</>}
      </span>
    </span>
  );
}

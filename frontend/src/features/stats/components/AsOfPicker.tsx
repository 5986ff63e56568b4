import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui';
import { formatInVietnam, todayInVietnam } from '@/lib/format';
import type { StatsChange } from '@/lib/api/types';
import { formatCount } from '../format';

/** The first day the API has figures for (its `hocvuso.stats.campaign-start`): plan 368's first targets. */
export const CAMPAIGN_START = '2025-07-01';

/** The day the figures are for ('' = now) and, where the page compares, the day they are compared with. */
export type AsOfChoice = { asOf: string; compareTo: string };

/**
 * "Số liệu tính đến ngày": the figures at the end of a past day (Vietnam time), and optionally the day to
 * compare them with. Empty means now; the browser's own date picker keeps to the days the API accepts.
 */
export function AsOfPicker({
  idPrefix,
  value,
  onChange,
  compare = false,
}: {
  idPrefix: string;
  value: AsOfChoice;
  onChange: (value: AsOfChoice) => void;
  compare?: boolean;
}) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  return (
    <div className="filters" role="group" aria-label={t('stats.pastDay.group')}>
      <TextField
        id={`${idPrefix}-as-of`}
        type="date"
        label={t('stats.pastDay.label')}
        hint={t('stats.pastDay.hint')}
        min={CAMPAIGN_START}
        max={today}
        value={value.asOf}
        onChange={(asOf) => onChange({ ...value, asOf })}
      />
      {compare && (
        <TextField
          id={`${idPrefix}-compare-to`}
          type="date"
          label={t('stats.pastDay.compareLabel')}
          hint={t('stats.pastDay.compareHint')}
          min={CAMPAIGN_START}
          max={value.asOf || today}
          value={value.compareTo}
          onChange={(compareTo) => onChange({ ...value, compareTo })}
        />
      )}
    </div>
  );
}

/** A change as people read it in a notice: "+12.400", "-3", "0". */
export function formatChange(n: number): string {
  return n > 0 ? `+${formatCount(n)}` : formatCount(n);
}

/** "+12.400 learners, +9.840 certified since the end of 04/11/2025": the comparison, in one sentence. */
export function ChangeLine({ change }: { change: StatsChange }) {
  const { t } = useTranslation();
  const since = formatInVietnam(change.since, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return (
    <p className="lead" data-testid="change-line">
      {t('stats.pastDay.change', {
        learners: formatChange(change.counts.learners),
        certified: formatChange(change.counts.certified),
        since,
      })}
    </p>
  );
}

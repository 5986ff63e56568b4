import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '@/lib/api/types';
import { formatCount, formatDay, formatPercent } from '../format';

function isRate(metric: TargetStatus['metric']) {
  return metric === 'PARTICIPATION_RATE' || metric === 'CERTIFIED_RATE';
}

/**
 * Each target with where it stands (against which denominator), the daily pace still needed and when it
 * will be reached at today's pace; a village's target names the village.
 */
export function TargetList({ targets, headingLevel = 2 }: { targets: TargetStatus[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const Item = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <section aria-labelledby="targets-title" className="stack">
      <Heading id="targets-title">{t('stats.targetsTitle')}</Heading>
      {targets.length === 0 ? (
        <p className="empty-state">{t('stats.noTargets')}</p>
      ) : (
        <ul className="target-list">
          {targets.map((target) => {
            const value = (n: number) => (isRate(target.metric) ? formatPercent(n) : formatCount(n));
            return (
              <li key={`${target.targetId}-${target.place.id ?? ''}`} className="target">
                <div className="target__head">
                  <Item className="target__name">
                    {target.name}
                    {target.place.kind === 'VILLAGE' && <span className="target__place">: {target.place.name}</span>}
                  </Item>
                  <span className={`badge badge--${target.status.toLowerCase()}`}>
                    {t(`stats.targetStatus.${target.status}`)}
                  </span>
                </div>
                <dl className="target__facts">
                  <div>
                    <dt>{t('stats.targetCurrent')}</dt>
                    <dd>
                      {target.current === null ? t('stats.noDenominator') : value(target.current)} /{' '}
                      {value(target.value)}
                      {target.denominatorEstimated && (
                        <span className="badge badge--estimate">{t('stats.estimated')}</span>
                      )}
                      {target.denominator !== null && (
                        <span className="muted target__denominator">
                          {' '}
                          {t('stats.targetDenominator', {
                            value: formatCount(target.denominator),
                            source: target.denominatorSource ?? '',
                            date: target.denominatorValidFrom ? formatDay(target.denominatorValidFrom) : '',
                          })}
                        </span>
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('stats.targetDeadline')}</dt>
                    <dd>
                      {formatDay(target.deadline)} (
                      {target.daysLeft >= 0
                        ? t('stats.daysLeft', { count: target.daysLeft })
                        : t('stats.daysPast', { count: -target.daysLeft })}
                      )
                    </dd>
                  </div>
                  {target.remaining !== null && target.remaining > 0 && (
                    <div>
                      <dt>{t('stats.targetRemaining')}</dt>
                      <dd>
                        {t('stats.people', { count: target.remaining, formatted: formatCount(target.remaining) })}
                      </dd>
                    </div>
                  )}
                  {target.pacePerDayNeeded !== null && target.status !== 'ACHIEVED' && (
                    <div>
                      <dt>{t('stats.paceNeeded')}</dt>
                      <dd>
                        {t('stats.perDay', { value: formatCount(target.pacePerDayNeeded) })}{' '}
                        <span className="muted">
                          ({t('stats.currentPace', { value: formatCount(target.currentPacePerDay) })})
                        </span>
                      </dd>
                    </div>
                  )}
                  {target.status !== 'ACHIEVED' && (
                    <div>
                      <dt>{t('stats.projectedDate')}</dt>
                      <dd>{target.projectedDate ? formatDay(target.projectedDate) : t('stats.noProjection')}</dd>
                    </div>
                  )}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

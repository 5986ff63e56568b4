import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/DataTable';
import type { Rate, SeriesPoint } from '@/lib/api/types';
import { formatCount, formatDay, formatPercent } from '../format';

const ChartCanvas = lazy(() => import('./charts/chart-canvas'));
/** The day's figures of a series, in the order its table shows them. */
const SERIES_FIGURES = ['registered', 'enrolled', 'lessonsCompleted', 'passed', 'certified', 'revoked'] as const;
/** chart-canvas's own default height. */
const LINE_CHART_HEIGHT = 300;

/**
 * A chart's place, as tall as the chart will be: its code (Chart.js, about 60 kB) is downloaded and
 * drawn only when the place comes near the screen, so a phone that opens the dashboard spends neither
 * bytes nor main-thread time on charts below the first screen, and nothing moves when one arrives.
 */
function ChartPlace({ height, label, children }: { height: number; label: string; children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  const box = (
    <div ref={place} className="chart chart--waiting" style={{ height }} role="status">
      <span className="visually-hidden">{label}</span>
    </div>
  );
  return near ? <Suspense fallback={box}>{children}</Suspense> : box;
}

export interface RankedPlace {
  key: string;
  name: string;
  rank: number | null;
  rate: Rate;
}

/** Bars of the participation rate, best first, with the same figures as a table for screen readers. */
export function RankingChart({ places, title }: { places: RankedPlace[]; title: string }) {
  const { t } = useTranslation();
  const ranked = useMemo(() => places.filter((p) => p.rate.percent !== null), [places]);
  const labels = useMemo(() => ranked.map((p) => p.name), [ranked]);
  const series = useMemo(
    () => [{ label: t('stats.participationRate'), values: ranked.map((p) => p.rate.percent ?? 0), color: '#0b5cad' }],
    [ranked, t],
  );
  const height = Math.max(160, ranked.length * 34 + 60);
  return (
    <figure className="chart-figure" aria-labelledby="ranking-title">
      <figcaption id="ranking-title" className="chart-figure__title">
        {title}
      </figcaption>
      {ranked.length === 0 ? (
        <p className="empty-state">{t('stats.noRanking')}</p>
      ) : (
        <>
          <ChartPlace height={height} label={t('stats.chartLoading')}>
            <ChartCanvas
              kind="bar"
              horizontal
              labels={labels}
              series={series}
              label={t('stats.rankingChartLabel', { count: ranked.length })}
              format={formatPercent}
              height={height}
            />
          </ChartPlace>
          <details className="chart-data">
            <summary>{t('stats.showTable')}</summary>
            <DataTable
              label={title}
              rows={ranked}
              rowKey={(p) => p.key}
              columns={[
                { label: t('stats.rank'), cell: (p) => p.rank ?? '—' },
                { label: t('stats.unit'), rowHeader: true, cell: (p) => p.name },
                { label: t('stats.participationRate'), cell: (p) => formatPercent(p.rate.percent ?? 0) },
              ]}
            />
          </details>
        </>
      )}
    </figure>
  );
}

/** Registrations and certificates per day, with a one-line summary and a table as the text alternative. */
export function SeriesChart({ series }: { series: SeriesPoint[] }) {
  const { t } = useTranslation();
  const labels = useMemo(() => series.map((p) => formatDay(p.day).slice(0, 5)), [series]);
  const data = useMemo(
    () => [
      { label: t('stats.series.registered'), values: series.map((p) => p.registered), color: '#0b5cad' },
      { label: t('stats.series.certified'), values: series.map((p) => p.certified), color: '#b3261e' },
    ],
    [series, t],
  );
  const totals = series.reduce(
    (acc, p) => ({ registered: acc.registered + p.registered, certified: acc.certified + p.certified }),
    { registered: 0, certified: 0 },
  );
  const first = series[0];
  const last = series[series.length - 1];
  return (
    <figure className="chart-figure" aria-labelledby="series-title">
      <figcaption id="series-title" className="chart-figure__title">
        {t('stats.seriesTitle', { count: series.length })}
      </figcaption>
      {!first || !last ? (
        <p className="empty-state">{t('stats.noSeries')}</p>
      ) : (
        <>
          <p>
            {t('stats.seriesSummary', {
              from: formatDay(first.day),
              to: formatDay(last.day),
              registered: formatCount(totals.registered),
              certified: formatCount(totals.certified),
            })}
          </p>
          <ChartPlace height={LINE_CHART_HEIGHT} label={t('stats.chartLoading')}>
            <ChartCanvas
              kind="line"
              labels={labels}
              series={data}
              label={t('stats.seriesChartLabel')}
              height={LINE_CHART_HEIGHT}
            />
          </ChartPlace>
          <details className="chart-data">
            <summary>{t('stats.showTable')}</summary>
            <DataTable
              label={t('stats.seriesTitle', { count: series.length })}
              rows={series}
              rowKey={(p) => p.day}
              columns={[
                { label: t('stats.day'), rowHeader: true, cell: (p) => formatDay(p.day) },
                ...SERIES_FIGURES.map((figure) => ({
                  label: t(`stats.series.${figure}`),
                  cell: (p: SeriesPoint) => formatCount(p[figure]),
                })),
              ]}
            />
          </details>
        </>
      )}
    </figure>
  );
}

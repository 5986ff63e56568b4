import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the pieces these charts use, so the chunk stays small (Chart.js is tree-shakable).
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

export interface ChartSeries {
  label: string;
  values: number[];
  color: string;
}

export interface ChartCanvasProps {
  kind: 'bar' | 'line';
  labels: string[];
  series: ChartSeries[];
  /** The chart's accessible name; the data itself is in the table next to it. */
  label: string;
  horizontal?: boolean;
  /** Formats values on the value axis and in tooltips. */
  format?: (value: number) => string;
  height?: number;
}

/**
 * One Chart.js canvas. Loaded lazily (this module pulls Chart.js in), so only the pages with charts pay
 * for it. The canvas is an image for assistive technology; each chart comes with a data table.
 */
export default function ChartCanvas({
  kind,
  labels,
  series,
  label,
  horizontal = false,
  format,
  height = 300,
}: ChartCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const tick = (value: number | string) => (typeof value === 'number' && format ? format(value) : String(value));
    const config: ChartConfiguration<'bar' | 'line'> = {
      type: kind,
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: s.color,
          borderColor: s.color,
          borderWidth: kind === 'line' ? 2 : 0,
          pointRadius: kind === 'line' ? 2 : undefined,
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : undefined,
        plugins: {
          legend: { display: series.length > 1, labels: { color: '#1b1b1b' } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${tick(item.raw as number)}` } },
        },
        scales: {
          [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { color: '#1b1b1b', callback: tick } },
          [horizontal ? 'y' : 'x']: { ticks: { color: '#1b1b1b', autoSkip: !horizontal } },
        },
      },
    };
    const chart = new Chart(context, config);
    return () => chart.destroy();
  }, [kind, labels, series, horizontal, format]);

  return (
    <div className="chart" style={{ height }} role="img" aria-label={label}>
      <canvas ref={canvasRef} />
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { queuedReport } from '@/testing/reports';
import { nextProgressCheck, PROGRESS_INTERVAL_MS } from './reports';

type Report = components['schemas']['Report'];

const report = (id: string, status: Report['status']) =>
  ({ ...queuedReport, id, status, progress: status === 'DONE' ? 100 : 0, step: null }) satisfies Report;

const page = (items: Report[]) =>
  ({ items, page: 1, size: 10, totalItems: items.length, totalPages: 1 }) satisfies components['schemas']['ReportPage'];

describe('when the reports list is asked for again', () => {
  it('every second while a report on the page is queued or being made', () => {
    expect(nextProgressCheck(page([report('a', 'DONE'), report('b', 'QUEUED')]))).toBe(PROGRESS_INTERVAL_MS);
    expect(nextProgressCheck(page([report('a', 'RUNNING'), report('b', 'FAILED')]))).toBe(PROGRESS_INTERVAL_MS);
  });

  it('never once every report on the page is done or failed, nor before the first answer', () => {
    expect(nextProgressCheck(page([report('a', 'DONE'), report('b', 'FAILED')]))).toBe(false);
    expect(nextProgressCheck(page([]))).toBe(false);
    expect(nextProgressCheck(undefined)).toBe(false);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { mockApi, problem, reply } from '@/testing/mock-api';
import { findNotAllowedHeading, renderApp } from '@/testing/render';
import { counts, rate } from '@/testing/stats-fixtures';
import { signIn, signInAsAdmin } from '@/testing/tokens';

type Schemas = components['schemas'];

const SLOW = { timeout: 4000 };

/** A province's row of the national view: its learners and certified, its participation, its rank. */
function province(
  code: string,
  name: string,
  learners: number,
  certified: number,
  participation: number | null,
  rank: number | null,
  synthetic = false,
) {
  return {
    code,
    name,
    synthetic,
    counts: { ...counts, learners, certified },
    rates: {
      completion: rate({
        percent: Math.round((certified / learners) * 1000) / 10,
        numerator: certified,
        denominator: learners,
      }),
      participation: rate({
        basis: 'ADULT_POPULATION',
        percent: participation,
        missing: participation === null ? 'NO_DENOMINATOR' : null,
        denominator: participation === null ? null : 1_500_000,
      }),
      publicServantCoverage: rate({ basis: 'PUBLIC_SERVANTS', percent: 60, numerator: 600, denominator: 1000 }),
    },
    rank,
  } satisfies Schemas['ProvinceFiguresRow'];
}

// in the API's order: by participation rank, the province without its adult population last
const quangNgai = province('quang-ngai', 'Quảng Ngãi', 119285, 88064, 7.4, 1);
const dongThap = province('dong-thap', 'Đồng Tháp', 52000, 30100, 3.1, 2);
const test = province('thu-nghiem', 'Tỉnh Thử Nghiệm', 1200, 900, 1.2, 3, true);
const giaLai = province('gia-lai', 'Gia Lai', 64000, 12000, null, null);
// "Cần Thơ" after "Cao Bằng" in Vietnamese (â is a letter after a), before it in English
const canTho = province('can-tho', 'Cần Thơ', 40000, 20000, 2.5, 3);
const caoBang = province('cao-bang', 'Cao Bằng', 10000, 5000, 2, 4);

const figures = (items: Schemas['ProvinceFiguresRow'][]) =>
  reply('ProvinceFiguresList', { asOf: '2025-11-11T02:00:00Z', items });

/** The provinces' names down the table, as an administrator reads them (plain DOM: role queries are slow on a busy machine). */
function namesInOrder(): string[] {
  const table = screen.getByRole('table', { name: 'Số liệu các tỉnh, thành phố' });
  return Array.from(table.querySelectorAll('tbody th[scope="row"] a'), (link) => link.textContent ?? '');
}

/** A column's sort button, and its heading. */
const sortButton = (label: string) => screen.getByText(label, { selector: 'button' });
const header = (label: string) => sortButton(label).closest('th') as HTMLElement;

describe('the national view', () => {
  it("shows every province's figures in rank order, each a link to its statistics, the test province labelled", async () => {
    signInAsAdmin();
    const api = mockApi({ 'GET /api/v1/stats/provinces': () => figures([quangNgai, dongThap, test, giaLai]) });
    renderApp('/quan-tri/toan-quoc');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Số liệu toàn quốc theo tỉnh, thành phố' }, SLOW),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Số liệu các tỉnh, thành phố' }, SLOW);
    expect(namesInOrder()).toEqual(['Quảng Ngãi', 'Đồng Tháp', 'Tỉnh Thử Nghiệm', 'Gia Lai']);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual([
      'Hạng tham gia',
      'Tỉnh, thành phố',
      'Tài khoản học viên',
      'Đã hoàn thành và được cấp giấy chứng nhận',
      'Tỷ lệ hoàn thành',
      'Tỷ lệ tham gia',
      'Tỷ lệ CBCCVC được cấp giấy chứng nhận',
    ]);
    const row = (name: string) =>
      within(table)
        .getByRole('rowheader', { name: new RegExp(name) })
        .closest('tr')!;
    expect(within(row('Quảng Ngãi')).getByText('119.285')).toBeInTheDocument();
    expect(within(row('Quảng Ngãi')).getByText('88.064')).toBeInTheDocument();
    expect(within(row('Quảng Ngãi')).getByText('1')).toBeInTheDocument();
    expect(within(row('Gia Lai')).getByText('—')).toBeInTheDocument();
    // the synthetic province is said to be test data; the real ones are not
    expect(within(row('Tỉnh Thử Nghiệm')).getByText('thử nghiệm')).toBeInTheDocument();
    expect(within(row('Quảng Ngãi')).queryByText('thử nghiệm')).toBeNull();
    // each province opens the dashboard with it chosen
    expect(within(table).getByRole('link', { name: 'Đồng Tháp' })).toHaveAttribute('href', '/thong-ke?tinh=dong-thap');
    expect(api.requests.filter((r) => r.path === '/api/v1/stats/provinces')).toHaveLength(1);
  });

  it(
    'sorts by a column: names in Vietnamese order, figures from the largest, the unranked last',
    { timeout: 30_000 },
    async () => {
      signInAsAdmin();
      mockApi({ 'GET /api/v1/stats/provinces': () => figures([quangNgai, dongThap, canTho, caoBang, test, giaLai]) });
      const user = userEvent.setup();
      renderApp('/quan-tri/toan-quoc');
      await screen.findByRole('table', { name: 'Số liệu các tỉnh, thành phố' }, SLOW);

      // Vietnamese order: "Cao Bằng" before "Cần Thơ", "Đồng Tháp" before "Gia Lai" (not after every Latin letter)
      await user.click(sortButton('Tỉnh, thành phố'));
      expect(namesInOrder()).toEqual(['Cao Bằng', 'Cần Thơ', 'Đồng Tháp', 'Gia Lai', 'Quảng Ngãi', 'Tỉnh Thử Nghiệm']);
      expect(header('Tỉnh, thành phố')).toHaveAttribute('aria-sort', 'ascending');
      await user.click(sortButton('Tỉnh, thành phố'));
      expect(namesInOrder()).toEqual(['Tỉnh Thử Nghiệm', 'Quảng Ngãi', 'Gia Lai', 'Đồng Tháp', 'Cần Thơ', 'Cao Bằng']);
      expect(header('Tỉnh, thành phố')).toHaveAttribute('aria-sort', 'descending');

      await user.click(sortButton('Tài khoản học viên'));
      expect(namesInOrder()).toEqual(['Quảng Ngãi', 'Gia Lai', 'Đồng Tháp', 'Cần Thơ', 'Cao Bằng', 'Tỉnh Thử Nghiệm']);
      expect(header('Tỉnh, thành phố')).not.toHaveAttribute('aria-sort');

      // a rate without its denominator goes last, whichever way
      await user.click(sortButton('Tỷ lệ tham gia'));
      expect(namesInOrder()).toEqual(['Quảng Ngãi', 'Đồng Tháp', 'Cần Thơ', 'Cao Bằng', 'Tỉnh Thử Nghiệm', 'Gia Lai']);
      await user.click(sortButton('Tỷ lệ tham gia'));
      expect(namesInOrder()).toEqual(['Tỉnh Thử Nghiệm', 'Cao Bằng', 'Cần Thơ', 'Đồng Tháp', 'Quảng Ngãi', 'Gia Lai']);
    },
  );

  it('says so when no province has figures yet', async () => {
    signInAsAdmin();
    mockApi({ 'GET /api/v1/stats/provinces': () => figures([]) });
    renderApp('/quan-tri/toan-quoc');
    expect(
      await screen.findByText(
        'Chưa có tỉnh, thành phố nào có xã, phường trên Học vụ số, nên chưa có số liệu.',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a loading state, then the failure in words with a retry that loads the table', async () => {
    signInAsAdmin();
    let release: () => void = () => {};
    let calls = 0;
    mockApi({
      'GET /api/v1/stats/provinces': () =>
        ++calls === 1
          ? new Promise<Response>((resolve) => {
              release = () => resolve(problem(503, 'service_unavailable', 'Hệ thống đang bận, vui lòng thử lại sau.'));
            })
          : figures([quangNgai]),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/toan-quoc');
    await screen.findByRole('heading', { level: 1, name: 'Số liệu toàn quốc theo tỉnh, thành phố' }, SLOW);
    expect(await screen.findByText('Đang tải…')).toBeInTheDocument();
    await waitFor(() => expect(calls).toBe(1));
    release();
    expect(await screen.findByText('Không tải được số liệu các tỉnh, thành phố.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Hệ thống đang bận, vui lòng thử lại sau.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('link', { name: 'Quảng Ngãi' }, SLOW)).toBeInTheDocument();
  });

  it('is not for a unit manager', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    const api = mockApi({});
    renderApp('/quan-tri/toan-quoc');
    expect(await findNotAllowedHeading(SLOW)).toBeInTheDocument();
    expect(api.requests.some((r) => r.path === '/api/v1/stats/provinces')).toBe(false);
  });

  it('is one of the administration sections', async () => {
    signInAsAdmin();
    mockApi({});
    renderApp('/quan-tri');
    expect(await screen.findByRole('link', { name: 'Số liệu toàn quốc' }, SLOW)).toHaveAttribute(
      'href',
      '/quan-tri/toan-quoc',
    );
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { components } from '@/lib/api/schema';
import { todayInVietnam } from '@/lib/format';
import {
  hue,
  json,
  mockApi,
  problem,
  quangNgai,
  reply,
  tinhAn,
  tinhKhe,
  unitPage,
  type RecordedRequest,
} from '@/testing/mock-api';
import { findNotAllowedHeading, renderApp } from '@/testing/render';
import { queuedReport as queued } from '@/testing/reports';
import { signIn } from '@/testing/tokens';

type Schemas = components['schemas'];

const running = {
  ...queued,
  status: 'RUNNING',
  progress: 40,
  step: 'Đang đọc số liệu theo đơn vị',
} satisfies Schemas['Report'];

const done = {
  ...queued,
  status: 'DONE',
  progress: 100,
  step: null,
  finishedAt: '2025-11-11T02:00:03Z',
  fileName: 'thong-bao-2025-11-10.docx',
  sizeBytes: 18432,
} satisfies Schemas['Report'];

const appendix = {
  ...done,
  id: '0196fb20-3333-7444-8555-666677778888',
  kind: 'COMMUNE_APPENDIX',
  format: 'XLSX',
  compareTo: null,
  unitCode: tinhKhe.code,
  unitName: tinhKhe.name,
  requestedBy: 'Trần Văn Nam',
  fileName: 'phu-luc-21211-2025-11-10.xlsx',
} satisfies Schemas['Report'];

/** The appendix as the POST answers it: queued; its progress then says it is done. */
const appendixQueued = {
  ...appendix,
  status: 'QUEUED',
  progress: 0,
  fileName: null,
  sizeBytes: null,
} satisfies Schemas['Report'];

const failed = {
  ...queued,
  id: '0196fb20-4444-7555-8666-777788889999',
  kind: 'AGENCY_RESULTS',
  format: 'XLSX',
  compareTo: null,
  status: 'FAILED',
  progress: 60,
  step: null,
  finishedAt: '2025-11-11T02:00:05Z',
  error: 'Không đọc được số liệu của ngày 10/11/2025. Vui lòng thử lại.',
} satisfies Schemas['Report'];

function page(items: Schemas['Report'][]) {
  return {
    items,
    page: 1,
    size: 10,
    totalItems: items.length,
    totalPages: items.length ? 1 : 0,
  } satisfies Schemas['ReportPage'];
}

/**
 * The reports a test's server holds: the list answers with them, newest first; a POST adds one. A report with
 * later states in `progress` moves on to the next one each time the list is asked for (as the job makes it).
 */
function reportServer(
  initial: Schemas['Report'][],
  created: Schemas['Report'] = queued,
  progress: Record<string, Schemas['Report'][]> = {},
) {
  let reports = [...initial];
  const later = Object.fromEntries(Object.entries(progress).map(([id, states]) => [id, [...states]]));
  return {
    'GET /api/v1/reports': () => {
      const answer = reply('ReportPage', page(reports));
      reports = reports.map((report) => later[report.id]?.shift() ?? report);
      return answer;
    },
    'POST /api/v1/reports': () => {
      reports = [created, ...reports];
      return reply('Report', created, 202, { Location: `/api/v1/reports/${created.id}` });
    },
  };
}

/** The request for Xã Tịnh Khê's appendix as of today, in one format. */
const communeAppendixToday = (format: 'XLSX' | 'DOCX') => ({
  kind: 'COMMUNE_APPENDIX',
  format,
  asOf: todayInVietnam(),
  unitCode: '21211',
});

/** Whether a report was asked for on its own (its progress comes with the list). */
const askedOneByOne = (requests: RecordedRequest[]) =>
  requests.some((r) => r.method === 'GET' && /^\/api\/v1\/reports\/[^/]+$/.test(r.path));

beforeEach(() => {
  globalThis.URL.createObjectURL = vi.fn(() => 'blob:report');
  globalThis.URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function findTitle() {
  return screen.findByRole('heading', { level: 1, name: 'Báo cáo' }, { timeout: 4000 });
}

/** Opens the reports page and types `day` as the report's day; returns that field. */
async function openOnDay(user: UserEvent, day: string) {
  renderApp('/quan-ly/bao-cao');
  await findTitle();
  const asOf = await screen.findByLabelText('Số liệu tính đến hết ngày');
  await user.clear(asOf);
  await user.type(asOf, day);
  return asOf;
}

describe('the reports page', () => {
  it("is not for an agency manager: the reports are the province's and the communes'", async () => {
    signIn(['AGENCY_MANAGER']);
    mockApi({});
    renderApp('/quan-ly/bao-cao');
    expect(await findNotAllowedHeading({ timeout: 4000 })).toBeInTheDocument();
  });

  it("lets an administrator make the province's notice as of a day, follow its progress and download it", async () => {
    signIn(['ADMIN']);
    const api = mockApi({
      ...reportServer([], queued, { [queued.id]: [running, done] }),
      [`GET /api/v1/reports/${queued.id}/file`]: () =>
        new Response('PK', {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'Content-Disposition': 'attachment; filename="thong-bao-2025-11-10.docx"',
          },
        }),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/bao-cao');
    await findTitle();
    expect(await screen.findByText('Chưa có báo cáo nào. Báo cáo bạn lập sẽ hiện ở đây.')).toBeInTheDocument();

    // every kind, the notice first; its formats are Word and PDF
    const kinds = screen.getByRole('group', { name: 'Loại báo cáo' });
    expect(within(kinds).getAllByRole('radio')).toHaveLength(4);
    expect(within(kinds).getByRole('radio', { name: /Thông báo của tỉnh/ })).toBeChecked();
    const formats = () => within(screen.getByRole('group', { name: /Định dạng tệp/ })).getAllByRole('radio');
    expect(formats().map((radio) => radio.getAttribute('value'))).toEqual(['DOCX', 'PDF']);
    // the units' results file is a workbook only: the format follows the kind
    await user.click(within(kinds).getByRole('radio', { name: /Tệp kết quả theo 96 xã/ }));
    expect(formats().map((radio) => radio.getAttribute('value'))).toEqual(['XLSX']);
    expect(formats()[0]).toBeChecked();
    await user.click(within(kinds).getByRole('radio', { name: /Thông báo của tỉnh/ }));
    expect(formats()[0]).toBeChecked();
    expect(formats()[0]).toHaveAttribute('value', 'DOCX');
    // no commune for the notice
    expect(screen.queryByRole('combobox', { name: /Xã, phường/ })).toBeNull();

    // today by default, never a day after it
    const asOf = screen.getByLabelText('Số liệu tính đến hết ngày');
    expect(asOf).toHaveValue(todayInVietnam());
    expect(asOf).toHaveAttribute('max', todayInVietnam());
    expect(asOf).toHaveAttribute('min', '2025-07-01');
    await user.clear(asOf);
    await user.type(asOf, '2025-11-10');
    await user.type(screen.getByLabelText(/So sánh với ngày/), '2025-11-03');
    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));

    const post = await waitFor(() => {
      const found = api.requests.find((r) => r.method === 'POST' && r.path === '/api/v1/reports');
      expect(found).toBeDefined();
      return found as RecordedRequest;
    });
    expect(post.body).toEqual({ kind: 'NOTICE', format: 'DOCX', asOf: '2025-11-10', compareTo: '2025-11-03' });
    expect(await screen.findByText(/Đã nhận yêu cầu lập “Thông báo của tỉnh”/)).toBeInTheDocument();

    // the report in the list, the list asked for again until it is done
    const item = await screen.findByRole('listitem', {
      name: 'Thông báo của tỉnh (DOCX), số liệu đến 10/11/2025',
    });
    expect(within(item).getByText('03/11/2025')).toBeInTheDocument();
    expect(within(item).getByText(/Phạm Quốc Bảo/)).toBeInTheDocument();
    const download = await within(item).findByRole(
      'button',
      { name: /Tải về thong-bao-2025-11-10\.docx \(18 kB\)/ },
      { timeout: 5000 },
    );
    expect(api.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/reports').length).toBeGreaterThan(2);
    expect(askedOneByOne(api.requests)).toBe(false);
    expect(within(item).getByText('Đã xong')).toBeInTheDocument();
    expect(within(item).queryByRole('progressbar')).toBeNull();
    await user.click(download);
    await waitFor(() => expect(globalThis.URL.createObjectURL).toHaveBeenCalled());
    expect(api.requests.some((r) => r.path === `/api/v1/reports/${queued.id}/file`)).toBe(true);
  });

  it('shows the progress bar and the step of a report being made', async () => {
    signIn(['ADMIN']);
    mockApi({
      ...reportServer([running]),
    });
    renderApp('/quan-ly/bao-cao');
    await findTitle();
    const bar = await screen.findByRole('progressbar', { name: /Tiến độ lập Thông báo của tỉnh/ });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByText('40% · Đang đọc số liệu theo đơn vị')).toBeInTheDocument();
    expect(screen.getByText('Đang lập')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tải về/ })).toBeNull();
  });

  it("says when a report's progress can no longer be asked for, and keeps what it last showed", async () => {
    signIn(['ADMIN']);
    let lists = 0;
    mockApi({
      'GET /api/v1/reports': () =>
        ++lists === 1
          ? reply('ReportPage', page([running]))
          : problem(503, 'service_unavailable', 'Hệ thống đang bận, vui lòng thử lại sau.'),
    });
    renderApp('/quan-ly/bao-cao');
    await findTitle();
    const item = await screen.findByRole('listitem', { name: /Thông báo của tỉnh \(DOCX\)/ });
    expect(
      await within(item).findByText('Tạm thời không cập nhật được tiến độ; đang thử lại.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(within(item).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(lists).toBeGreaterThan(1);
  });

  it("asks an administrator for the appendix's commune, searched among the 96", async () => {
    signIn(['ADMIN']);
    const api = mockApi({
      ...reportServer([], appendixQueued, { [appendixQueued.id]: [appendix] }),
      'GET /api/v1/units': () => json(unitPage([tinhKhe, tinhAn])),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/bao-cao');
    await findTitle();
    await user.click(await screen.findByRole('radio', { name: /Phụ lục báo cáo của một xã/ }));
    const formats = within(screen.getByRole('group', { name: /Định dạng tệp/ })).getAllByRole('radio');
    expect(formats.map((radio) => radio.getAttribute('value'))).toEqual(['DOCX', 'XLSX']);
    await user.click(formats[1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect((await screen.findAllByText('Hãy chọn xã, phường của phụ lục.')).length).toBeGreaterThan(0);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.type(screen.getByRole('combobox', { name: /Xã, phường/ }), 'tinh khe');
    await user.click(await screen.findByRole('option', { name: /Xã Tịnh Khê/ }));
    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect(await api.sent('POST')).toEqual(communeAppendixToday('XLSX'));
    expect(
      await screen.findByRole('listitem', { name: /Phụ lục báo cáo của xã, phường \(XLSX\)/ }),
    ).toBeInTheDocument();
  });

  it('keeps what was typed when the server refuses, with its words on the field or above the form', async () => {
    signIn(['ADMIN']);
    let answer = 0;
    mockApi({
      'GET /api/v1/reports': () => reply('ReportPage', page([])),
      'POST /api/v1/reports': () =>
        ++answer === 1
          ? problem(400, 'validation_failed', 'Dữ liệu chưa hợp lệ.', {
              violations: [
                { field: 'asOf', code: 'date_before_campaign', message: 'Chỉ có số liệu từ ngày 01/07/2025.' },
              ],
            })
          : problem(
              429,
              'too_many_reports',
              'Bạn đang có 3 báo cáo chưa xong. Vui lòng chờ một báo cáo xong rồi thử lại.',
              { retryAfterSeconds: 10 },
              { 'Retry-After': '10' },
            ),
    });
    const user = userEvent.setup();
    const asOf = await openOnDay(user, '2025-11-10');
    await user.click(screen.getByRole('radio', { name: /^PDF/ }));
    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect((await screen.findAllByText('Chỉ có số liệu từ ngày 01/07/2025.')).length).toBeGreaterThan(0);
    expect(asOf).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect(
      await screen.findByText('Bạn đang có 3 báo cáo chưa xong. Vui lòng chờ một báo cáo xong rồi thử lại.'),
    ).toBeInTheDocument();
    expect(asOf).toHaveValue('2025-11-10');
    expect(screen.getByRole('radio', { name: /^PDF/ })).toBeChecked();
  });

  it('checks the days before sending: not after today, the comparison before the day', async () => {
    signIn(['ADMIN']);
    const api = mockApi({ 'GET /api/v1/reports': () => reply('ReportPage', page([])) });
    const user = userEvent.setup();
    const asOf = await openOnDay(user, '2999-01-01');
    await user.type(screen.getByLabelText(/So sánh với ngày/), '2999-02-01');
    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect((await screen.findAllByText('Ngày chốt số liệu không được sau hôm nay.')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Ngày so sánh phải trước ngày chốt số liệu.').length).toBeGreaterThan(0);
    await user.clear(asOf);
    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect((await screen.findAllByText('Hãy chọn ngày chốt số liệu.')).length).toBeGreaterThan(0);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it("gives a unit manager their own commune's appendix only, their unit chosen for them", async () => {
    signIn(['UNIT_MANAGER'], { units: [tinhKhe.code] });
    const api = mockApi({
      ...reportServer([], appendixQueued, { [appendixQueued.id]: [appendix] }),
      [`GET /api/v1/units/${tinhKhe.code}`]: () => reply('Unit', tinhKhe),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/bao-cao');
    await findTitle();
    expect(await screen.findByText('Xã Tịnh Khê')).toBeInTheDocument();
    // one kind: said, not offered; no unit picker
    expect(screen.queryByRole('group', { name: 'Loại báo cáo' })).toBeNull();
    expect(screen.getByText(/Phụ lục báo cáo của một xã, phường/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Sửa mẫu báo cáo' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect(await api.sent('POST')).toEqual(communeAppendixToday('DOCX'));
    expect(await screen.findByRole('button', { name: /Tải về phu-luc-21211-2025-11-10\.xlsx/ })).toBeInTheDocument();
  });

  it('shows why a report failed, and deletes one after a confirmation', async () => {
    signIn(['ADMIN']);
    let reports: Schemas['Report'][] = [failed, done];
    const api = mockApi({
      'GET /api/v1/reports': () => reply('ReportPage', page(reports)),
      [`DELETE /api/v1/reports/${failed.id}`]: () => {
        reports = reports.filter((report) => report.id !== failed.id);
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/bao-cao');
    await findTitle();
    const item = await screen.findByRole('listitem', { name: /Kết quả theo cơ quan, đơn vị \(XLSX\)/ });
    expect(within(item).getByText('Không lập được báo cáo')).toBeInTheDocument();
    expect(within(item).getByText('Không đọc được số liệu của ngày 10/11/2025. Vui lòng thử lại.')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /Tải về/ })).toBeNull();
    // a finished or failed report's progress is not asked for (a page of them is not asked for again either:
    // features/reports/api/reports.test.ts)
    expect(askedOneByOne(api.requests)).toBe(false);

    await user.click(within(item).getByRole('button', { name: /Xóa/ }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Xóa báo cáo này?' });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(within(item).getByRole('button', { name: /Xóa/ }));
    await user.click(
      within(await screen.findByRole('alertdialog', { name: 'Xóa báo cáo này?' })).getByRole('button', {
        name: 'Xóa báo cáo',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /Kết quả theo cơ quan, đơn vị/ })).toBeNull());
    expect(screen.getByRole('listitem', { name: /Thông báo của tỉnh \(DOCX\)/ })).toBeInTheDocument();
  });

  describe('where the portal serves several provinces', () => {
    const phuDuong = { ...tinhKhe, code: '46101', name: 'Phường Phú Xuân', formerNames: [] } satisfies Schemas['Unit'];
    const provinces = () => reply('ProvinceList', { items: [quangNgai, hue] });

    /** The reports page where each province's communes are searched apart (Huế's: Phú Xuân). */
    async function openWithHue() {
      const api = mockApi({
        ...reportServer([], appendixQueued),
        'GET /api/v1/provinces': provinces,
        'GET /api/v1/units': (r) => json(unitPage(r.search.get('province') === 'hue' ? [phuDuong] : [tinhKhe])),
      });
      const user = userEvent.setup();
      renderApp('/quan-ly/bao-cao');
      await findTitle();
      return { api, user };
    }

    /** A commune's appendix, of Phường Phú Xuân found by typing. */
    async function pickPhuXuan(user: UserEvent) {
      await user.click(screen.getByRole('radio', { name: /Phụ lục báo cáo của một xã/ }));
      await user.type(screen.getByRole('combobox', { name: /Xã, phường/ }), 'phu');
      await user.click(await screen.findByRole('option', { name: /Phường Phú Xuân/ }));
    }

    it("makes the home province's report by default, and names it", async () => {
      signIn(['ADMIN']);
      const api = mockApi({ ...reportServer([]), 'GET /api/v1/provinces': provinces });
      const user = userEvent.setup();
      renderApp('/quan-ly/bao-cao');
      await findTitle();
      const province = await screen.findByRole('combobox', { name: /^Tỉnh, thành phố/ }, { timeout: 4000 });
      expect(province).toHaveValue('quang-ngai');
      expect(
        within(province)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Tỉnh Quảng Ngãi', 'Thành phố Huế']);
      await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
      expect(await api.sent('POST')).toEqual({
        kind: 'NOTICE',
        format: 'DOCX',
        asOf: todayInVietnam(),
        province: 'quang-ngai',
      });
    });

    it('lets an administrator choose another province: its communes offered, its report asked for', async () => {
      signIn(['ADMIN']);
      const { api, user } = await openWithHue();
      await user.selectOptions(
        await screen.findByRole('combobox', { name: /^Tỉnh, thành phố/ }, { timeout: 4000 }),
        'hue',
      );
      await pickPhuXuan(user);
      const searches = api.requests.filter((r) => r.path === '/api/v1/units');
      expect(searches.length).toBeGreaterThan(0);
      expect(searches.every((r) => r.search.get('province') === 'hue')).toBe(true);
      await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
      expect(await api.sent('POST')).toEqual({
        kind: 'COMMUNE_APPENDIX',
        format: 'DOCX',
        asOf: todayInVietnam(),
        unitCode: '46101',
        province: 'hue',
      });
    });

    it("makes a province administrator its own province's reports, named for it, its communes offered", async () => {
      signIn(['PROVINCE_ADMIN'], { provinces: ['hue'] });
      const { api, user } = await openWithHue();
      expect(await screen.findByText('Thành phố Huế')).toBeInTheDocument();
      expect(screen.queryByRole('combobox', { name: /Tỉnh, thành phố/ })).toBeNull();
      // the templates are the national administrator's
      expect(screen.queryByRole('link', { name: 'Sửa mẫu báo cáo' })).toBeNull();
      await pickPhuXuan(user);
      expect(
        api.requests.filter((r) => r.path === '/api/v1/units').every((r) => r.search.get('province') === 'hue'),
      ).toBe(true);
      await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
      expect(await api.sent('POST')).toMatchObject({ kind: 'COMMUNE_APPENDIX', unitCode: '46101', province: 'hue' });
    });

    it("gives a unit manager no province to choose: their commune's is the report's", async () => {
      signIn(['UNIT_MANAGER'], { units: [tinhKhe.code] });
      const api = mockApi({
        ...reportServer([], appendixQueued),
        'GET /api/v1/provinces': provinces,
        [`GET /api/v1/units/${tinhKhe.code}`]: () => reply('Unit', tinhKhe),
      });
      const user = userEvent.setup();
      renderApp('/quan-ly/bao-cao');
      await findTitle();
      expect(await screen.findByText('Xã Tịnh Khê')).toBeInTheDocument();
      expect(screen.queryByRole('combobox', { name: /Tỉnh, thành phố/ })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
      expect(await api.sent('POST')).not.toHaveProperty('province');
    });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import {
  enterpriseDetMay,
  json,
  mockApi,
  organisationSearch,
  problem,
  reply,
  schoolTranQuocTuan,
  tinhKhe,
  unitPage,
  villageOptions,
} from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { signInAsAdmin } from '@/testing/tokens';

type Schemas = components['schemas'];
type User = ReturnType<typeof userEvent.setup>;

const SLOW = { timeout: 20000 };

beforeEach(() => {
  signInAsAdmin();
});

const schoolVersion = {
  validFrom: '2025-09-01',
  publicServants: 64,
  students: 1250,
  workers: null,
  estimated: false,
  source: 'Báo cáo đầu năm học 2025-2026',
  recordedAt: '2025-09-05T00:00:00Z',
} satisfies Schemas['AgencyDenominator'];

const anKy = { id: 101, name: 'Thôn An Kỳ', kind: 'THON' } satisfies Schemas['VillageOption'];
const kyXuyen = { id: 102, name: 'Thôn Kỳ Xuyên', kind: 'THON' } satisfies Schemas['VillageOption'];

const anKyVersion = {
  validFrom: '2026-01-01',
  population: 3120,
  adultPopulation: 2240,
  estimated: false,
  source: 'UBND xã Tịnh Khê, số liệu dân cư thôn năm 2026',
  recordedAt: '2026-01-02T00:00:00Z',
} satisfies Schemas['VillageDenominator'];

/** A PUT's answer: the version sent, newest, before the others of other dates. */
function saved<T extends { validFrom: string }>(earlier: T[], body: unknown) {
  const version = { ...(body as T), recordedAt: '2026-03-01T00:00:00Z' };
  return [version, ...earlier.filter((v) => v.validFrom !== version.validFrom)];
}

const puts = (api: ReturnType<typeof mockApi>) => api.requests.filter((r) => r.method === 'PUT');

async function choose(user: User, owner: RegExp) {
  renderApp('/quan-tri/mau-so');
  await user.click(await screen.findByRole('radio', { name: owner }, SLOW));
}

async function pickOrganisation(user: User, typed: string, name: RegExp) {
  await choose(user, /Cơ quan, trường học, doanh nghiệp/);
  await user.type(screen.getByRole('combobox', { name: /Cơ quan, trường học hoặc doanh nghiệp/ }), typed);
  await user.click(await screen.findByRole('option', { name }));
}

async function pickUnit(user: User) {
  await user.type(screen.getByRole('combobox', { name: /Xã, phường, đặc khu/ }), 'tinh khe');
  await user.click(await screen.findByRole('option', { name: /Xã Tịnh Khê/ }));
}

describe("an organisation's headcounts", { timeout: 60_000 }, () => {
  it('offers a school its staff and its students, never workers nor population, and sends only those', async () => {
    const api = mockApi({
      'GET /api/v1/organisations': organisationSearch([schoolTranQuocTuan, enterpriseDetMay]),
      'GET /api/v1/admin/agencies/1042/denominators': () =>
        reply('AgencyDenominatorList', { agencyId: 1042, items: [schoolVersion] }),
      'PUT /api/v1/admin/agencies/1042/denominators': (r) =>
        json({ agencyId: 1042, items: saved([schoolVersion], r.body) }),
    });
    const user = userEvent.setup();
    await pickOrganisation(user, 'tran quoc tuan', /Trường THPT Trần Quốc Tuấn/);

    const history = await screen.findByRole('table', { name: 'Các phiên bản đã nhập' });
    expect(within(history).getByRole('columnheader', { name: 'Số học sinh, sinh viên' })).toBeInTheDocument();
    expect(within(history).getByRole('cell', { name: '1.250' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Số cán bộ, công chức, viên chức/)).toHaveValue('64');
    expect(screen.getByLabelText(/^Số học sinh, sinh viên/)).toHaveValue('1250');
    expect(screen.queryByLabelText(/^Số người lao động/)).toBeNull();
    expect(screen.queryByLabelText(/^Dân số/)).toBeNull();

    await user.type(screen.getByLabelText('Áp dụng từ ngày'), '2026-09-01');
    await user.clear(screen.getByLabelText(/^Số học sinh, sinh viên/));
    await user.type(screen.getByLabelText(/^Số học sinh, sinh viên/), '1.310');
    await user.type(screen.getByLabelText('Nguồn số liệu'), 'Báo cáo đầu năm học 2026-2027');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu.')).toBeInTheDocument();
    expect(puts(api).map((r) => r.body)).toEqual([
      {
        validFrom: '2026-09-01',
        publicServants: 64,
        students: 1310,
        estimated: false,
        source: 'Báo cáo đầu năm học 2026-2027',
      },
    ]);
    expect(within(history).getByRole('cell', { name: '1.310' })).toBeInTheDocument();
  });

  it("offers an enterprise its workers only, and shows the server's refusal on the field", async () => {
    const api = mockApi({
      'GET /api/v1/organisations': organisationSearch([schoolTranQuocTuan, enterpriseDetMay]),
      'GET /api/v1/admin/agencies/2051/denominators': () =>
        reply('AgencyDenominatorList', { agencyId: 2051, items: [] }),
      'PUT /api/v1/admin/agencies/2051/denominators': () =>
        problem(400, 'validation_failed', 'Dữ liệu gửi lên chưa hợp lệ.', {
          violations: [{ field: 'workers', code: 'max', message: 'Số người lao động quá lớn.' }],
        }),
    });
    const user = userEvent.setup();
    await pickOrganisation(user, 'det may', /Công ty TNHH Dệt may Quảng Ngãi/);

    expect(await screen.findByText('Chưa có phiên bản nào.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Số người lao động/)).toHaveValue('');
    expect(screen.queryByLabelText(/^Số cán bộ, công chức, viên chức/)).toBeNull();
    expect(screen.queryByLabelText(/^Số học sinh, sinh viên/)).toBeNull();

    await user.type(screen.getByLabelText('Áp dụng từ ngày'), '2026-01-01');
    await user.type(screen.getByLabelText(/^Số người lao động/), 'khoảng 800');
    await user.type(screen.getByLabelText('Nguồn số liệu'), 'Báo cáo lao động 2025');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(screen.getByLabelText(/^Số người lao động/)).toHaveAccessibleDescription(
      /Vui lòng nhập số nguyên không âm \(hoặc để trống nếu chưa biết\)\./,
    );
    expect(puts(api)).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Số người lao động/));
    await user.type(screen.getByLabelText(/^Số người lao động/), '812');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^Số người lao động/)).toHaveAccessibleDescription(/Số người lao động quá lớn\./),
    );
    expect(puts(api).map((r) => r.body)).toEqual([
      { validFrom: '2026-01-01', workers: 812, estimated: false, source: 'Báo cáo lao động 2025' },
    ]);
  });
});

describe("a unit's villages", { timeout: 60_000 }, () => {
  function villagesApi(villages: Schemas['VillageOption'][]) {
    return mockApi({
      'GET /api/v1/units': () => reply('UnitPage', unitPage([tinhKhe])),
      'GET /api/v1/units/21211/villages': () => villageOptions(villages),
      'GET /api/v1/admin/villages/101/denominators': () =>
        reply('VillageDenominatorList', { villageId: 101, items: [anKyVersion] }),
      'GET /api/v1/admin/villages/102/denominators': () =>
        reply('VillageDenominatorList', { villageId: 102, items: [] }),
      'PUT /api/v1/admin/villages/101/denominators': (r) =>
        json({ villageId: 101, items: saved([anKyVersion], r.body) }),
    });
  }

  it('lists them with the figures in force, and replaces a date only once confirmed', async () => {
    const api = villagesApi([anKy, kyXuyen]);
    const user = userEvent.setup();
    await choose(user, /Thôn, tổ dân phố/);
    await pickUnit(user);

    const table = await screen.findByRole('table', { name: 'Thôn, tổ dân phố và số liệu đang áp dụng' });
    const anKyRow = within(table).getByRole('row', { name: /Thôn An Kỳ/ });
    await waitFor(() => expect(anKyRow).toHaveTextContent('3.120'));
    expect(anKyRow).toHaveTextContent('2.240');
    expect(anKyRow).toHaveTextContent('2026-01-01');
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Thôn Kỳ Xuyên/ })).toHaveTextContent('Chưa có số liệu.'),
    );

    await user.click(within(anKyRow).getByRole('button', { name: /Nhập số liệu\s*Thôn An Kỳ/ }));
    expect(await screen.findByRole('heading', { name: 'Số liệu của Thôn An Kỳ' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Số cán bộ, công chức, viên chức/)).toBeNull();
    await user.type(screen.getByLabelText('Áp dụng từ ngày'), '2026-01-01');
    await user.clear(screen.getByLabelText(/^Dân số/));
    await user.type(screen.getByLabelText(/^Dân số/), '3150');
    await user.type(screen.getByLabelText('Nguồn số liệu'), 'Rà soát dân cư quý I/2026');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    // The date has a version: nothing is sent until the administrator says to replace it.
    const dialog = screen.getByRole('alertdialog', { name: 'Thay phiên bản áp dụng từ ngày 2026-01-01?' });
    expect(dialog).toHaveTextContent('UBND xã Tịnh Khê, số liệu dân cư thôn năm 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(puts(api)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Thay phiên bản' }));
    expect(await screen.findByText('Đã lưu.')).toBeInTheDocument();
    expect(puts(api).map((r) => r.body)).toEqual([
      {
        validFrom: '2026-01-01',
        population: 3150,
        adultPopulation: 2240,
        estimated: false,
        source: 'Rà soát dân cư quý I/2026',
      },
    ]);
    // the list shows the new figures without asking again
    await waitFor(() => expect(anKyRow).toHaveTextContent('3.150'));
  });

  it('says when a unit has no village yet', async () => {
    villagesApi([]);
    const user = userEvent.setup();
    await choose(user, /Thôn, tổ dân phố/);
    await pickUnit(user);
    expect(await screen.findByText(/Đơn vị này chưa có thôn, tổ dân phố nào\./)).toBeInTheDocument();
  });

  it('offers a retry when the villages cannot be loaded', async () => {
    mockApi({
      'GET /api/v1/units': () => reply('UnitPage', unitPage([tinhKhe])),
      'GET /api/v1/units/21211/villages': () => problem(503, 'service_unavailable', 'Hệ thống đang bận.'),
    });
    const user = userEvent.setup();
    await choose(user, /Thôn, tổ dân phố/);
    await pickUnit(user);
    expect(await screen.findByRole('button', { name: 'Thử lại' }, SLOW)).toBeInTheDocument();
  });
});

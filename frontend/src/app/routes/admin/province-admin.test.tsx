import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '@/lib/api/schema';
import {
  agencyKhoaHoc,
  hue,
  json,
  mockApi,
  organisationPage,
  quangNgai,
  reply,
  tinhKhe,
  unitPage,
} from '@/testing/mock-api';
import { findNotAllowedHeading, renderApp } from '@/testing/render';
import { summary, unitDetail, unitPage as unitStatsPage, unitRow } from '@/testing/stats-fixtures';
import { signIn, signInAsAdmin } from '@/testing/tokens';

type Schemas = components['schemas'];
type Api = ReturnType<typeof mockApi>;

// jsdom has no canvas: the chart itself is left out, its text alternative is tested elsewhere
vi.mock('@/features/stats/components/charts/chart-canvas', () => ({ default: () => null }));

const SLOW = { timeout: 20_000 };

/** Huế's administrator, where the portal serves Quảng Ngãi (the deployment's province) and Huế. */
const signInAsHue = () => signIn(['PROVINCE_ADMIN'], { provinces: ['hue'], sub: 'admin-hue' });

const twoProvinces = { 'GET /api/v1/provinces': () => reply('ProvinceList', { items: [quangNgai, hue] }) };

const phuXuan = {
  ...tinhKhe,
  code: '46101',
  name: 'Phường Phú Xuân',
  type: 'phường',
  formerNames: [],
} satisfies Schemas['Unit'];

const teacher = {
  id: '1c2d3e4f-5061-4728-93a4-b5c6d7e8f9a1',
  fullName: 'Hồ Thị Lan',
  phone: '+84900000041',
  email: null,
  learnerGroup: 'CBCCVC',
  unit: { code: phuXuan.code, name: phuXuan.name, type: 'phường' },
  agency: null,
  organisation: null,
  village: null,
  className: null,
  roles: [{ role: 'LEARNER' }, { role: 'PROVINCE_ADMIN', provinceCode: 'hue' }],
  createdAt: '2026-01-01T00:00:00Z',
  largeText: false,
} satisfies Schemas['Profile'];

const unitManagerGrant = {
  id: '2d3e4f50-6172-4839-a4b5-c6d7e8f9a0b2',
  role: 'UNIT_MANAGER',
  unitCode: phuXuan.code,
  agencyId: null,
  provinceCode: null,
  grantedAt: '2026-01-05T00:00:00Z',
} satisfies Schemas['RoleGrant'];

const provinceAdminGrant = {
  ...unitManagerGrant,
  id: '3e4f5061-7283-494a-b5c6-d7e8f9a0b1c3',
  role: 'PROVINCE_ADMIN',
  unitCode: null,
  provinceCode: 'hue',
} satisfies Schemas['RoleGrant'];

/** The roles editor's API: one person found, their grants, the units of any province. */
function rolesApi() {
  return mockApi({
    ...twoProvinces,
    'GET /api/v1/admin/users': () =>
      reply('UserPage', { items: [teacher], page: 1, size: 10, totalItems: 1, totalPages: 1 }),
    [`GET /api/v1/admin/users/${teacher.id}/roles`]: () => json([unitManagerGrant, provinceAdminGrant]),
    [`POST /api/v1/admin/users/${teacher.id}/roles`]: () =>
      reply('RoleGrant', { ...unitManagerGrant, id: '4f506172-8394-4a5b-86d7-e8f9a0b1c2d4' }, 201),
    'GET /api/v1/units': (r) => reply('UnitPage', unitPage(r.search.get('province') === 'hue' ? [phuXuan] : [tinhKhe])),
  });
}

/** The province the unit picker last searched. */
const unitSearchProvince = (api: Api) => api.last('/api/v1/units')?.search.get('province');

async function manageTeacher(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /^Phân quyền\s*Hồ Thị Lan$/ }, SLOW));
  await screen.findByRole('heading', { name: 'Quyền của Hồ Thị Lan' });
}

describe("a province administrator's pages", { timeout: 60_000 }, () => {
  it("shows the managers' and its province's administration, and none of the national sections", async () => {
    signInAsHue();
    mockApi(twoProvinces);
    renderApp('/quan-tri');
    await screen.findByRole('heading', { level: 1, name: 'Quản trị hệ thống' }, SLOW);
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Quản lý' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Quản trị' })).toBeInTheDocument();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual([
      'Chỉ tiêu',
      'Mẫu số',
      'Tổ chức: cơ quan, trường học, doanh nghiệp',
      'Phân quyền quản lý',
      'Báo cáo',
      'Bảng điều khiển',
    ]);
  });

  it('is refused the national pages: the national view, courses, certificates, report templates', async () => {
    signInAsHue();
    mockApi(twoProvinces);
    for (const path of ['/quan-tri/toan-quoc', '/quan-tri/khoa-hoc', '/quan-tri/chung-nhan', '/quan-tri/mau-bao-cao']) {
      const view = renderApp(path);
      expect(await findNotAllowedHeading(SLOW)).toBeInTheDocument();
      view.unmount();
    }
  });

  it("reads its own province's figures on the dashboard, whatever the address names, with nothing to choose", async () => {
    signInAsHue();
    const api = mockApi({
      ...twoProvinces,
      'GET /api/v1/stats/summary': () => json(summary),
      'GET /api/v1/stats/units': () => json(unitStatsPage([unitRow(phuXuan.code, phuXuan.name, 1)])),
      'GET /api/v1/stats/agencies': () =>
        reply('AgencyStatsPage', { asOf: summary.asOf, items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }),
    });
    renderApp('/quan-ly?tinh=quang-ngai');
    await screen.findByRole('table', { name: 'Kết quả theo xã, phường, đặc khu' }, SLOW);
    const asked = (path: string) => api.last(path)?.search.get('province');
    expect(asked('/api/v1/stats/summary')).toBe('hue');
    expect(asked('/api/v1/stats/units')).toBe('hue');
    await waitFor(() => expect(asked('/api/v1/stats/agencies')).toBe('hue'));
    expect(
      api.requests.filter((r) => r.path.startsWith('/api/v1/stats/')).map((r) => r.search.get('province')),
    ).not.toContain('quang-ngai');
    expect(screen.queryByRole('combobox', { name: 'Tỉnh, thành phố' })).toBeNull();
    expect(await screen.findByText(/Bạn là quản trị của thành phố Huế/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đến trang quản trị' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Số liệu toàn quốc theo tỉnh, thành phố' })).toBeNull();
  });

  it("opens a unit's page with its helpers and villages, but not the unit manager's personal follow-up list", async () => {
    signInAsHue();
    mockApi({ ...twoProvinces, 'GET /api/v1/stats/units/21211': () => json(unitDetail) });
    renderApp('/quan-ly/don-vi/21211');
    await screen.findByRole('heading', { level: 1, name: 'Xã Tịnh Khê' }, SLOW);
    expect(screen.getByRole('link', { name: 'Người hỗ trợ (Đại sứ số)' })).toHaveAttribute(
      'href',
      '/quan-ly/don-vi/21211/ho-tro',
    );
    expect(screen.getByRole('link', { name: 'Thôn, tổ dân phố' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Danh sách cần đôn đốc' })).toBeNull();
  });

  it("offers only managers' roles, revokes only managers' grants, and searches its own province's units", async () => {
    signInAsHue();
    const api = rolesApi();
    const user = userEvent.setup();
    renderApp('/quan-tri/phan-quyen');
    await manageTeacher(user);
    const roles = within(screen.getByLabelText('Vai trò')).getAllByRole('option');
    expect(roles.map((option) => (option as HTMLOptionElement).value)).toEqual(['UNIT_MANAGER', 'AGENCY_MANAGER']);
    expect(await screen.findByRole('button', { name: /^Thu hồi quyền Quản lý xã, phường/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Thu hồi quyền Quản trị tỉnh, thành phố/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Tỉnh, thành phố' })).toBeNull();

    await user.type(screen.getByRole('combobox', { name: /Xã, phường được quản lý/ }), 'phu xuan');
    await user.click(await screen.findByRole('option', { name: /Phường Phú Xuân/ }));
    expect(unitSearchProvince(api)).toBe('hue');
    await user.click(screen.getByRole('button', { name: 'Giao quyền' }));
    expect(await api.sent('POST')).toEqual({ role: 'UNIT_MANAGER', unitCode: phuXuan.code });
  });
});

describe("the national administrator's province on the roles and denominators pages", { timeout: 60_000 }, () => {
  it('searches the units of the province chosen for a unit manager, and still ends sessions', async () => {
    signInAsAdmin();
    const api = rolesApi();
    const user = userEvent.setup();
    const { router } = renderApp('/quan-tri/phan-quyen');
    const select = await screen.findByRole('combobox', { name: 'Tỉnh, thành phố' }, SLOW);
    expect(select).toHaveValue('quang-ngai');
    // one province at a time: no "every province" here
    expect(within(select).queryByRole('option', { name: /Toàn quốc/ })).toBeNull();
    await user.selectOptions(select, 'hue');
    expect(router.state.location.search).toBe('?tinh=hue');
    await manageTeacher(user);
    expect(screen.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Thu hồi quyền Quản trị tỉnh, thành phố/ })).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: /Xã, phường được quản lý/ }), 'phu xuan');
    await user.click(await screen.findByRole('option', { name: /Phường Phú Xuân/ }));
    expect(unitSearchProvince(api)).toBe('hue');
  });

  it("opens the chosen province's unit for its figures", async () => {
    signInAsAdmin();
    const api = mockApi({
      ...twoProvinces,
      'GET /api/v1/units': (r) =>
        reply('UnitPage', unitPage(r.search.get('province') === 'hue' ? [phuXuan] : [tinhKhe])),
      [`GET /api/v1/admin/units/${phuXuan.code}/denominators`]: () =>
        reply('UnitDenominatorList', { unitCode: phuXuan.code, items: [] }),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/mau-so?tinh=hue');
    expect(await screen.findByRole('combobox', { name: 'Tỉnh, thành phố' }, SLOW)).toHaveValue('hue');
    await user.type(screen.getByRole('combobox', { name: /Xã, phường, đặc khu/ }), 'phu xuan');
    await user.click(await screen.findByRole('option', { name: /Phường Phú Xuân/ }));
    expect(unitSearchProvince(api)).toBe('hue');
    await waitFor(() => expect(api.last(`/api/v1/admin/units/${phuXuan.code}/denominators`)).toBeDefined());
  });

  it("searches the chosen province's organisations, and forgets the one picked when the province changes", async () => {
    signInAsAdmin();
    const hueDepartment = { ...agencyKhoaHoc, id: 4601, name: 'Sở Khoa học và Công nghệ Huế' };
    const api = mockApi({
      ...twoProvinces,
      'GET /api/v1/organisations': (r) =>
        reply(
          'OrganisationPage',
          organisationPage(r.search.get('province') === 'hue' ? [hueDepartment] : [agencyKhoaHoc]),
        ),
      [`GET /api/v1/admin/agencies/${hueDepartment.id}/denominators`]: () =>
        reply('AgencyDenominatorList', { agencyId: hueDepartment.id, items: [] }),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/mau-so?tinh=hue');
    expect(await screen.findByRole('combobox', { name: 'Tỉnh, thành phố' }, SLOW)).toHaveValue('hue');
    await user.click(screen.getByRole('radio', { name: 'Cơ quan, trường học, doanh nghiệp' }));
    const picker = screen.getByRole('combobox', { name: /Cơ quan, trường học hoặc doanh nghiệp/ });
    await user.type(picker, 'khoa hoc');
    await user.click(await screen.findByRole('option', { name: /Sở Khoa học và Công nghệ Huế/ }));
    expect(api.last('/api/v1/organisations')?.search.get('province')).toBe('hue');
    await waitFor(() => expect(api.last(`/api/v1/admin/agencies/${hueDepartment.id}/denominators`)).toBeDefined());

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tỉnh, thành phố' }), 'quang-ngai');
    expect(screen.getByRole('combobox', { name: /Cơ quan, trường học hoặc doanh nghiệp/ })).toHaveValue('');
  });

  it("lists and adds the chosen province's targets", async () => {
    signInAsAdmin();
    const api = mockApi({
      ...twoProvinces,
      'GET /api/v1/stats/targets': () => reply('TargetOverviewList', { asOf: '2026-11-30', items: [] }),
      'POST /api/v1/admin/targets': (r) => json({ id: 'new', ...(r.body as object) }, 201),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/chi-tieu?tinh=hue');
    expect(await screen.findByText('Chưa có chỉ tiêu nào.', {}, SLOW)).toBeInTheDocument();
    expect(api.last('/api/v1/stats/targets')?.search.get('province')).toBe('hue');
    await user.click(screen.getByRole('button', { name: 'Thêm chỉ tiêu' }));
    await user.type(screen.getByLabelText('Tên chỉ tiêu'), '80% người trưởng thành tham gia học');
    await user.type(screen.getByLabelText('Giá trị (%)'), '80');
    await user.type(screen.getByLabelText('Ngày bắt đầu'), '2026-01-01');
    await user.type(screen.getByLabelText('Hạn hoàn thành'), '2026-12-31');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.last('/api/v1/admin/targets')?.method).toBe('POST'));
    expect(api.last('/api/v1/admin/targets')?.search.get('province')).toBe('hue');
  });

  it("lists, adds and imports the chosen province's organisations for the administrator of two provinces", async () => {
    signIn(['PROVINCE_ADMIN'], { provinces: ['quang-ngai', 'hue'], sub: 'admin-two' });
    const api = mockApi({
      ...twoProvinces,
      'GET /api/v1/admin/organisations': () =>
        reply('OrganisationDetailPage', { items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }),
      'POST /api/v1/admin/organisations': (r) => json({ ...agencyKhoaHoc, ...(r.body as object), id: 4602 }, 201),
      'POST /api/v1/admin/organisations/import/dry-run': () =>
        reply('ImportReport', {
          dryRun: true,
          encoding: 'UTF-8',
          totalRows: 1,
          created: 1,
          updated: 0,
          unchanged: 0,
          errorRows: 0,
          rows: [{ line: 2, name: 'Sở Nội vụ Huế (ví dụ)', unitCode: null, outcome: 'CREATE', id: null }],
          errors: [],
        }),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/to-chuc');
    const select = await screen.findByRole('combobox', { name: 'Tỉnh, thành phố' }, SLOW);
    // its own provinces only, the first by default
    expect(select).toHaveValue('quang-ngai');
    expect(within(select).getAllByRole('option')).toHaveLength(2);
    await user.selectOptions(select, 'hue');
    await waitFor(() => expect(api.last('/api/v1/admin/organisations')?.search.get('province')).toBe('hue'));

    // a department with neither parent nor unit is the chosen province's (the API refuses one named by no one)
    await user.click(await screen.findByRole('button', { name: 'Thêm tổ chức' }));
    await user.type(screen.getByLabelText('Tên tổ chức'), 'Sở Tư pháp Huế (ví dụ)');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const created = () => api.requests.find((r) => r.method === 'POST' && r.path === '/api/v1/admin/organisations');
    await waitFor(() => expect(created()).toBeDefined());
    expect(created()?.search.get('province')).toBe('hue');

    const file = new File(['Tên tổ chức,Loại\r\n'], 'to-chuc.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Tệp bảng tính'), file);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    await waitFor(() => expect(api.last('/api/v1/admin/organisations/import/dry-run')).toBeDefined());
    expect(api.last('/api/v1/admin/organisations/import/dry-run')?.search.get('province')).toBe('hue');
    // nothing wrong in it: the file may now be imported, into the same province
    await waitFor(() => expect(screen.getByRole('button', { name: 'Nhập tệp' })).toBeEnabled());
  });
});

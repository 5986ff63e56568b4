import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { tokenStore } from '@/lib/auth/session';
import { hue, json, mockApi, problem, quangNgai, reply, type RecordedRequest } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { byGroup, counts, rate, summary, targetStatus } from '@/testing/stats-fixtures';

vi.mock('@/features/stats/components/charts/chart-canvas', () => ({ default: () => null }));

const dashboard = {
  asOf: summary.asOf,
  counts,
  byGroup,
  rates: summary.rates,
  targets: [targetStatus],
  units: [
    {
      code: '21211',
      name: 'Xã Tịnh Khê',
      type: 'xã',
      learners: 1716,
      certified: 1100,
      participation: rate({ percent: 4.3, basis: 'ADULT_POPULATION' }),
      rank: 1,
    },
    {
      code: '21205',
      name: 'Phường Nghĩa Lộ',
      type: 'phường',
      learners: 900,
      certified: 800,
      participation: rate({ percent: 2.1, basis: 'ADULT_POPULATION' }),
      rank: 2,
    },
  ],
};

describe('the public dashboard', () => {
  it("shows the province's figures to anyone, without a token, so caches can share the answer", async () => {
    tokenStore.setTokens({ accessToken: 'access', refreshToken: 'refresh' });
    const api = mockApi({ 'GET /api/v1/public/dashboard': () => json(dashboard) });
    renderApp('/thong-ke');
    expect(await screen.findByRole('heading', { name: 'Số liệu tổng hợp' }, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByText('Chậm tiến độ')).toBeInTheDocument();
    expect(api.requests[0]?.headers.get('Authorization')).toBeNull();
    const table = screen.getByRole('table', { name: 'Xếp hạng các xã, phường, đặc khu theo tỷ lệ tham gia' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('finds a unit typed without diacritics', async () => {
    mockApi({ 'GET /api/v1/public/dashboard': () => json(dashboard) });
    const user = userEvent.setup();
    renderApp('/thong-ke');
    await user.type(await screen.findByLabelText('Tìm xã, phường trong bảng'), 'nghia lo');
    const table = screen.getByRole('table', { name: 'Xếp hạng các xã, phường, đặc khu theo tỷ lệ tham gia' });
    expect(within(table).getByRole('rowheader', { name: 'Phường Nghĩa Lộ' })).toBeInTheDocument();
    expect(within(table).queryByRole('rowheader', { name: 'Xã Tịnh Khê' })).not.toBeInTheDocument();
  });

  it('shows the ranking twenty units a page, and a search looks through every page', async () => {
    // 45 units: Đơn vị 01 … Đơn vị 45, ranked in that order
    const units = Array.from({ length: 45 }, (_, i) => ({
      ...dashboard.units[1],
      code: String(21300 + i),
      name: `Xã Đơn Vị ${String(i + 1).padStart(2, '0')}`,
      rank: i + 1,
    }));
    mockApi({ 'GET /api/v1/public/dashboard': () => json({ ...dashboard, units }) });
    const user = userEvent.setup();
    renderApp('/thong-ke');
    const table = await screen.findByRole(
      'table',
      { name: 'Xếp hạng các xã, phường, đặc khu theo tỷ lệ tham gia' },
      { timeout: 4000 },
    );
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(names()).toHaveLength(20);
    expect(names()[0]).toBe('Xã Đơn Vị 01');
    const pages = screen.getByRole('navigation', { name: 'Các trang của bảng xếp hạng' });
    expect(within(pages).getByText(/Trang 1\/3/)).toBeInTheDocument();

    await user.click(within(pages).getByRole('button', { name: 'Trang sau →' }));
    await user.click(within(pages).getByRole('button', { name: 'Trang sau →' }));
    expect(names()).toEqual(['Xã Đơn Vị 41', 'Xã Đơn Vị 42', 'Xã Đơn Vị 43', 'Xã Đơn Vị 44', 'Xã Đơn Vị 45']);

    // the search finds a unit of the first page from the last one, and its answer fits on one page
    await user.type(screen.getByLabelText('Tìm xã, phường trong bảng'), 'don vi 07');
    expect(names()).toEqual(['Xã Đơn Vị 07']);
    expect(screen.queryByRole('navigation', { name: 'Các trang của bảng xếp hạng' })).not.toBeInTheDocument();
  });

  it('says when the figures cannot be loaded', async () => {
    mockApi({ 'GET /api/v1/public/dashboard': () => problem(503, 'service_unavailable', 'Hệ thống đang bảo trì.') });
    renderApp('/thong-ke');
    expect(await screen.findByText('Không tải được số liệu.')).toBeInTheDocument();
  });

  it('shows the figures at the end of a chosen day', async () => {
    const api = mockApi({ 'GET /api/v1/public/dashboard': () => json(dashboard) });
    renderApp('/thong-ke');
    const day = await screen.findByLabelText('Số liệu tính đến ngày');
    await userEvent.type(day, '2025-11-11');
    await vi.waitFor(() => expect(api.last('/api/v1/public/dashboard')?.search.get('asOf')).toBe('2025-11-11'));
    expect(screen.queryByLabelText('So sánh với ngày')).not.toBeInTheDocument();
  });
});

const twoProvinces = () => reply('ProvinceList', { items: [quangNgai, hue] });
const dashboardRequests = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.path === '/api/v1/public/dashboard');
const lastProvinceAsked = (requests: RecordedRequest[]) => dashboardRequests(requests).at(-1)?.search.get('province');
const figures = () => screen.findByRole('heading', { name: 'Số liệu tổng hợp' });

describe("the public dashboard's province", () => {
  it('offers no choice where the portal serves one province, and shows that province’s figures', async () => {
    const api = mockApi({
      'GET /api/v1/provinces': () => reply('ProvinceList', { items: [quangNgai] }),
      'GET /api/v1/public/dashboard': () => json(dashboard),
    });
    renderApp('/thong-ke');
    await figures();
    expect(api.requests.some((r) => r.path === '/api/v1/provinces')).toBe(true);
    expect(screen.queryByRole('combobox', { name: 'Tỉnh, thành phố' })).not.toBeInTheDocument();
    expect(lastProvinceAsked(api.requests)).toBe('quang-ngai');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Kết quả phong trào “Bình dân học vụ số” tỉnh Quảng Ngãi' }),
    ).toBeInTheDocument();
  });

  it('lets anyone choose one province or every province summed where it serves several, and keeps the choice in the address', async () => {
    const api = mockApi({
      'GET /api/v1/provinces': twoProvinces,
      'GET /api/v1/public/dashboard': () => json(dashboard),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/thong-ke');
    const select = await screen.findByRole('combobox', { name: 'Tỉnh, thành phố' });
    // the deployment's province first
    expect(select).toHaveValue('quang-ngai');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Toàn quốc (tất cả các tỉnh, thành phố)', 'Tỉnh Quảng Ngãi', 'Thành phố Huế']);
    await figures();
    expect(lastProvinceAsked(api.requests)).toBe('quang-ngai');

    await user.selectOptions(select, 'Thành phố Huế');
    await vi.waitFor(() => expect(lastProvinceAsked(api.requests)).toBe('hue'));
    expect(router.state.location.search).toBe('?tinh=hue');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kết quả phong trào “Bình dân học vụ số” thành phố Huế' }),
    ).toBeInTheDocument();

    await user.selectOptions(select, 'Toàn quốc (tất cả các tỉnh, thành phố)');
    await vi.waitFor(() => expect(dashboardRequests(api.requests)).toHaveLength(3));
    // every province summed: the API is asked without one
    expect(dashboardRequests(api.requests).at(-1)?.search.has('province')).toBe(false);
    expect(router.state.location.search).toBe('?tinh=toan-quoc');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kết quả phong trào “Bình dân học vụ số” toàn quốc' }),
    ).toBeInTheDocument();
  });

  it('shows the province a shared link names', async () => {
    const api = mockApi({
      'GET /api/v1/provinces': twoProvinces,
      'GET /api/v1/public/dashboard': () => json(dashboard),
    });
    renderApp('/thong-ke?tinh=hue');
    expect(await screen.findByRole('combobox', { name: 'Tỉnh, thành phố' })).toHaveValue('hue');
    await figures();
    // asked for that province from the start, never for another
    expect(dashboardRequests(api.requests).map((r) => r.search.get('province'))).toEqual(['hue']);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kết quả phong trào “Bình dân học vụ số” thành phố Huế' }),
    ).toBeInTheDocument();
  });

  it('says so, with the way back, when a link names a province the portal does not serve', async () => {
    const api = mockApi({
      'GET /api/v1/provinces': twoProvinces,
      'GET /api/v1/public/dashboard': (request) =>
        request.search.get('province') === 'ha-tay'
          ? problem(404, 'province_not_found', 'Không tìm thấy tỉnh, thành phố.')
          : json(dashboard),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/thong-ke?tinh=ha-tay');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không có tỉnh, thành phố này')).toBeInTheDocument();
    expect(within(alert).getByText(/ghi mã tỉnh “ha-tay”/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Tỉnh, thành phố' })).toHaveValue('ha-tay');

    await user.click(within(alert).getByRole('link', { name: 'Xem số liệu của tỉnh Quảng Ngãi' }));
    await figures();
    expect(router.state.location.search).toBe('');
    expect(lastProvinceAsked(api.requests)).toBe('quang-ngai');
  });

  it('says a listed province has no figures yet rather than that it does not exist', async () => {
    mockApi({
      'GET /api/v1/provinces': twoProvinces,
      'GET /api/v1/public/dashboard': (request) =>
        request.search.get('province') === 'hue'
          ? problem(404, 'province_not_found', 'Không tìm thấy tỉnh, thành phố.')
          : json(dashboard),
    });
    renderApp('/thong-ke?tinh=hue');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Chưa có số liệu')).toBeInTheDocument();
    expect(within(alert).getByText(/Thành phố Huế chưa có xã, phường nào trên Học vụ số/)).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Xem số liệu của tỉnh Quảng Ngãi' })).toHaveAttribute(
      'href',
      '/thong-ke',
    );
  });

  it('does not ask the API about what cannot be a province’s key', async () => {
    const api = mockApi({ 'GET /api/v1/public/dashboard': () => json(dashboard) });
    renderApp('/thong-ke?tinh=%3Cb%3EHa%20Noi');
    expect(await screen.findByText('Không có tỉnh, thành phố này')).toBeInTheDocument();
    expect(dashboardRequests(api.requests)).toHaveLength(0);
  });
});

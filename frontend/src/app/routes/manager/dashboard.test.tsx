import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, reply } from '@/testing/mock-api';
import { expectClosedWithoutAsking, renderApp } from '@/testing/render';
import { counts, rate, summary, unitPage, unitRow } from '@/testing/stats-fixtures';
import { signIn } from '@/testing/tokens';

// jsdom has no canvas: the chart itself is left out, its text alternative (summary and table) is tested
vi.mock('@/features/stats/components/charts/chart-canvas', () => ({ default: () => null }));

const adminApi = (overrides = {}) =>
  mockApi({
    'GET /api/v1/stats/summary': () => json(summary),
    'GET /api/v1/stats/units': () =>
      json(unitPage([unitRow('21211', 'Xã Tịnh Khê', 1), unitRow('21205', 'Xã Tịnh An', 2, 30)])),
    'GET /api/v1/stats/agencies': () =>
      reply('AgencyStatsPage', { asOf: summary.asOf, items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }),
    ...overrides,
  });

describe('manager dashboard', () => {
  it('sends a visitor who is not logged in to the login page', async () => {
    mockApi({});
    const { router } = renderApp('/quan-ly');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dang-nhap'));
  });

  it('tells a learner plainly that the page is not for them', async () => {
    signIn(['LEARNER']);
    await expectClosedWithoutAsking('/quan-ly');
    // and the header offers no manager link
    expect(screen.queryByRole('link', { name: 'Quản lý' })).not.toBeInTheDocument();
  });

  it("shows the notice's figures with their basis, estimates and missing denominators", async () => {
    signIn(['ADMIN']);
    adminApi();
    renderApp('/quan-ly');
    expect(await screen.findByRole('heading', { name: 'Số liệu tổng hợp' })).toBeInTheDocument();
    const cards = screen.getByRole('region', { name: 'Số liệu tổng hợp' });
    expect(within(cards).getByText(/Số liệu tính đến 09:00/)).toBeInTheDocument();
    expect(within(cards).getByText('119.285')).toBeInTheDocument();
    expect(within(cards).getByText('44.683').closest('li')).toHaveTextContent('Cán bộ, công chức, viên chức: 44.683');
    expect(within(cards).getByText('73,8%')).toBeInTheDocument();
    expect(within(cards).getByText('88.064/119.285 tài khoản học viên')).toBeInTheDocument();
    const participation = within(cards).getByRole('heading', { name: 'Tỷ lệ tham gia' }).parentElement!;
    expect(participation).toHaveTextContent('7,3%');
    expect(participation).toHaveTextContent('110.000/1.500.000 người trưởng thành');
    expect(within(participation).getByText('ước tính')).toBeInTheDocument();
    const coverage = within(cards).getByRole('heading', {
      name: 'Tỷ lệ CBCCVC được cấp giấy chứng nhận',
    }).parentElement!;
    expect(coverage).toHaveTextContent('chưa có mẫu số');
    // the target: status, the pace still needed, when it will be reached
    const target = screen.getByText('Ít nhất 80% người trưởng thành tham gia học').closest('li')!;
    expect(within(target).getByText('Chậm tiến độ')).toBeInTheDocument();
    expect(within(target).getByText(/308,4 người\/ngày/)).toBeInTheDocument();
    expect(within(target).getByText('12/02/2026')).toBeInTheDocument();
    // the time series' text alternative
    expect(
      screen.getByText(/Từ 10\/11\/2025 đến 11\/11\/2025: 200 người đăng ký, 88 người được cấp giấy chứng nhận/),
    ).toBeInTheDocument();
    // manager and admin links for an administrator
    expect(screen.getByRole('link', { name: 'Quản lý' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quản trị' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Lập báo cáo: thông báo của tỉnh/ })).toHaveAttribute(
      'href',
      '/quan-ly/bao-cao',
    );
  });

  it('offers to try again when the figures cannot be loaded', async () => {
    signIn(['ADMIN']);
    let fail = true;
    adminApi({
      'GET /api/v1/stats/summary': () => (fail ? problem(500, 'internal_error', 'Lỗi máy chủ.') : json(summary)),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly');
    expect(await screen.findByText('Không tải được số liệu tổng hợp.')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { name: 'Số liệu tổng hợp' })).toBeInTheDocument();
  });

  it('asks the API to sort, filter and search the unit table', async () => {
    signIn(['ADMIN']);
    const api = adminApi();
    const user = userEvent.setup();
    renderApp('/quan-ly');
    const table = await screen.findByRole('table', { name: 'Kết quả theo xã, phường, đặc khu' });
    expect(within(table).getByRole('link', { name: 'Xã Tịnh Khê' })).toHaveAttribute('href', '/quan-ly/don-vi/21211');

    const tableRequests = () =>
      api.requests.filter((r) => r.path === '/api/v1/stats/units' && r.search.get('size') === '20');
    expect(tableRequests()[0]?.search.get('sort')).toBe('participationRate');

    await user.click(within(table).getByRole('button', { name: /Tài khoản học viên/ }));
    await waitFor(() => expect(tableRequests().at(-1)?.search.get('sort')).toBe('learners'));
    expect(tableRequests().at(-1)?.search.get('order')).toBe('desc');
    await user.click(
      within(screen.getByRole('table', { name: 'Kết quả theo xã, phường, đặc khu' })).getByRole('button', {
        name: /Tài khoản học viên/,
      }),
    );
    await waitFor(() => expect(tableRequests().at(-1)?.search.get('order')).toBe('asc'));

    await user.selectOptions(screen.getByLabelText('Loại đơn vị'), 'phường');
    await user.selectOptions(screen.getByLabelText('Đối tượng'), 'CBCCVC');
    await waitFor(() => expect(tableRequests().at(-1)?.search.get('type')).toBe('phường'));
    expect(tableRequests().at(-1)?.search.get('learnerGroup')).toBe('CBCCVC');

    await user.type(screen.getByLabelText('Tìm xã, phường'), 'tinh khe');
    await waitFor(() => expect(tableRequests().at(-1)?.search.get('q')).toBe('tinh khe'));
    // one request after the pause in typing, not one per key
    expect(tableRequests().filter((r) => r.search.get('q')?.startsWith('tinh'))).toHaveLength(1);
  });

  it('names the organisation above each agency in the agency table', async () => {
    signIn(['ADMIN']);
    const agency = (id: number, name: string, parent: { id: number; name: string } | null, rank: number) => ({
      id,
      name,
      kind: 'AGENCY' as const,
      parentId: parent?.id ?? null,
      parentName: parent?.name ?? null,
      counts,
      coverage: rate({ basis: 'PUBLIC_SERVANTS' }),
      rank,
    });
    const department = { id: 7, name: 'Sở Khoa học và Công nghệ' };
    adminApi({
      'GET /api/v1/stats/agencies': () =>
        reply('AgencyStatsPage', {
          asOf: summary.asOf,
          items: [
            agency(department.id, department.name, null, 1),
            agency(31, 'Trung tâm Công nghệ thông tin và Truyền thông', department, 2),
          ],
          page: 1,
          size: 20,
          totalItems: 2,
          totalPages: 1,
        }),
    });
    renderApp('/quan-ly');
    const table = await screen.findByRole('table', { name: 'Kết quả theo cơ quan' });
    expect(within(table).getByRole('columnheader', { name: 'Trực thuộc' })).toBeInTheDocument();
    const child = within(table).getByRole('rowheader', { name: 'Trung tâm Công nghệ thông tin và Truyền thông' });
    expect(child.closest('tr')).toHaveTextContent('Sở Khoa học và Công nghệ');
    const top = within(table).getByRole('rowheader', { name: department.name });
    expect(top.closest('tr')).toHaveTextContent('—');
  });

  it('says so when no unit matches', async () => {
    signIn(['ADMIN']);
    adminApi({ 'GET /api/v1/stats/units': () => json(unitPage([])) });
    renderApp('/quan-ly');
    expect((await screen.findAllByText('Không có đơn vị nào phù hợp.')).length).toBeGreaterThan(0);
  });

  it("gives a unit manager their unit's pages and no agency table", async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    const api = mockApi({
      'GET /api/v1/stats/summary': () => json(summary),
      'GET /api/v1/stats/units': () => json(unitPage([unitRow('21211', 'Xã Tịnh Khê', 12)])),
      'GET /api/v1/units/21211': () =>
        reply('UnitDetail', {
          code: '21211',
          name: 'Xã Tịnh Khê',
          type: 'xã',
          population: 1,
          areaKm2: 1,
          formerNames: [],
          arrangement: '',
          provinceCode: 'quang-ngai',
        }),
    });
    renderApp('/quan-ly');
    const scope = await screen.findByRole('navigation', { name: 'Nơi tôi quản lý' });
    expect(await within(scope).findByRole('link', { name: 'Xã Tịnh Khê' })).toHaveAttribute(
      'href',
      '/quan-ly/don-vi/21211',
    );
    expect(within(scope).getByRole('link', { name: 'Danh sách cần đôn đốc' })).toHaveAttribute(
      'href',
      '/quan-ly/don-vi/21211/hoc-vien',
    );
    await screen.findByRole('table', { name: 'Kết quả theo xã, phường, đặc khu' });
    expect(api.requests.some((r) => r.path === '/api/v1/stats/agencies')).toBe(false);
    expect(screen.queryByRole('link', { name: 'Quản trị' })).not.toBeInTheDocument();
    // their commune's report appendix
    expect(screen.getByRole('link', { name: 'Lập phụ lục báo cáo của xã, phường' })).toHaveAttribute(
      'href',
      '/quan-ly/bao-cao',
    );
  });

  it('shows the figures as of a chosen day, compared with another, and exports that day', async () => {
    signIn(['ADMIN']);
    const api = adminApi({
      'GET /api/v1/stats/summary': (r: { search: URLSearchParams }) =>
        json(
          r.search.get('compareTo')
            ? {
                ...summary,
                asOf: '2025-11-11T16:59:59.999Z',
                change: {
                  since: '2025-11-04T16:59:59.999Z',
                  counts: { ...counts, learners: 12400, certified: 9840 },
                  adultLearners: 9300,
                  certifiedPublicServants: 2150,
                },
              }
            : summary,
        ),
      'GET /api/v1/stats/units/export': () =>
        new Response('Hạng,Mã đơn vị', {
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': 'attachment; filename="ket-qua-theo-don-vi-2025-11-11.csv"',
          },
        }),
    });
    globalThis.URL.createObjectURL = vi.fn(() => 'blob:x');
    globalThis.URL.revokeObjectURL = vi.fn();
    renderApp('/quan-ly');
    const day = await screen.findByLabelText('Số liệu tính đến ngày');
    expect(day).toHaveAttribute('min', '2025-07-01');
    await userEvent.type(day, '2025-11-11');
    await userEvent.type(screen.getByLabelText('So sánh với ngày'), '2025-11-04');
    expect(
      await screen.findByText(
        '+12.400 tài khoản học viên, +9.840 người được cấp giấy chứng nhận so với hết ngày 04/11/2025.',
      ),
    ).toBeInTheDocument();
    const summaries = api.requests.filter((r) => r.path === '/api/v1/stats/summary');
    expect(summaries.at(-1)?.search.get('asOf')).toBe('2025-11-11');
    expect(summaries.at(-1)?.search.get('compareTo')).toBe('2025-11-04');
    await waitFor(() => expect(api.last('/api/v1/stats/units')?.search.get('compareTo')).toBe('2025-11-04'));
    // The top ten (the one units request of size 10) and the agencies' table are of that day too, not of today.
    await waitFor(() => {
      const topTen = api.requests.filter((r) => r.path === '/api/v1/stats/units' && r.search.get('size') === '10');
      expect(topTen.at(-1)?.search.get('asOf')).toBe('2025-11-11');
      expect(api.last('/api/v1/stats/agencies')?.search.get('asOf')).toBe('2025-11-11');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Tải tệp CSV' }));
    await waitFor(() =>
      expect(api.requests.find((r) => r.path === '/api/v1/stats/units/export')?.search.get('asOf')).toBe('2025-11-11'),
    );
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { tokenStore } from '@/lib/auth/session';
import { json, mockApi, problem } from '@/testing/mock-api';
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

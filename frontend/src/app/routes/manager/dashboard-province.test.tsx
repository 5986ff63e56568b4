import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { hue, json, mockApi, quangNgai, reply } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { summary, unitPage, unitRow } from '@/testing/stats-fixtures';
import { signIn } from '@/testing/tokens';

// jsdom has no canvas: the chart itself is left out, its text alternative is tested elsewhere
vi.mock('@/features/stats/components/charts/chart-canvas', () => ({ default: () => null }));

const SLOW = { timeout: 4000 };

/** The dashboard's API where the portal serves Quảng Ngãi and Huế. */
const twoProvinces = (overrides = {}) =>
  mockApi({
    'GET /api/v1/provinces': () => reply('ProvinceList', { items: [quangNgai, hue] }),
    'GET /api/v1/stats/summary': () => json(summary),
    'GET /api/v1/stats/units': () => json(unitPage([unitRow('21211', 'Xã Tịnh Khê', 1)])),
    'GET /api/v1/stats/agencies': () =>
      reply('AgencyStatsPage', { asOf: summary.asOf, items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }),
    ...overrides,
  });

describe("the dashboard's province", () => {
  it("shows an administrator the home province's figures and units, then the province chosen, then the nation", async () => {
    signIn(['ADMIN']);
    const api = twoProvinces();
    const user = userEvent.setup();
    const { router } = renderApp('/quan-ly');
    const select = await screen.findByRole('combobox', { name: 'Tỉnh, thành phố' }, SLOW);
    expect(select).toHaveValue('quang-ngai');
    await screen.findByRole('table', { name: 'Kết quả theo xã, phường, đặc khu' }, SLOW);
    const asked = (path: string) =>
      api.requests
        .filter((r) => r.path === path)
        .at(-1)
        ?.search.get('province');
    expect(asked('/api/v1/stats/summary')).toBe('quang-ngai');
    expect(asked('/api/v1/stats/units')).toBe('quang-ngai');
    await waitFor(() => expect(asked('/api/v1/stats/agencies')).toBe('quang-ngai'));

    await user.selectOptions(select, 'hue');
    await waitFor(() => expect(asked('/api/v1/stats/units')).toBe('hue'));
    expect(asked('/api/v1/stats/summary')).toBe('hue');
    // the organisations' table names it too
    await waitFor(() => expect(asked('/api/v1/stats/agencies')).toBe('hue'));
    // the choice is in the address, so a link shares it
    expect(router.state.location.search).toBe('?tinh=hue');
    // both of the units' readings (the ranking's ten and the table's page) name it
    const units = api.requests.filter((r) => r.path === '/api/v1/stats/units');
    expect(
      units
        .filter((r) => r.search.get('size') === '10')
        .at(-1)
        ?.search.get('province'),
    ).toBe('hue');

    await user.selectOptions(select, 'toan-quoc');
    await waitFor(() =>
      expect(
        api.requests
          .filter((r) => r.path === '/api/v1/stats/summary')
          .at(-1)
          ?.search.has('province'),
      ).toBe(false),
    );
  });

  it("exports the chosen province's units", async () => {
    signIn(['ADMIN']);
    const api = twoProvinces({
      'GET /api/v1/stats/units/export': () => new Response('Hạng', { headers: { 'Content-Type': 'text/csv' } }),
    });
    globalThis.URL.createObjectURL = vi.fn(() => 'blob:x');
    globalThis.URL.revokeObjectURL = vi.fn();
    const exports = () => api.requests.filter((r) => r.path === '/api/v1/stats/units/export');
    renderApp('/quan-ly?tinh=hue');
    await screen.findByRole('table', { name: 'Kết quả theo xã, phường, đặc khu' }, SLOW);
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(exports()).toHaveLength(1));
    expect(exports()[0]?.search.get('province')).toBe('hue');
  });

  it("names no province for a unit manager: their figures are their scope's", async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    const api = twoProvinces();
    renderApp('/quan-ly?tinh=hue');
    await screen.findByRole('table', { name: 'Kết quả theo xã, phường, đặc khu' }, SLOW);
    expect(screen.queryByRole('combobox', { name: 'Tỉnh, thành phố' })).toBeNull();
    const stats = api.requests.filter((r) => r.path.startsWith('/api/v1/stats/'));
    expect(stats.length).toBeGreaterThan(0);
    expect(stats.some((r) => r.search.has('province'))).toBe(false);
  });
});

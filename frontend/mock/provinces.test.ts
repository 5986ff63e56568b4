import createClient from 'openapi-fetch';
import { describe, expect, inject, it } from 'vitest';
import type { paths } from '../src/lib/api/schema';

/**
 * What the web app asks about provinces on every page (the deployment's row) and on the public dashboard
 * (the list, one province's figures), against the mock server: each request keeps to the contract, so
 * the app runs against `npm run mock` as it does against the backend (one province: no selector).
 */
const api = createClient<paths>({
  baseUrl: inject('mockUrl'),
  headers: { Accept: 'application/json, application/problem+json' },
});

function conforming(response: Response) {
  expect(response.headers.get('sl-violations'), `${response.url}: the request breaks the contract`).toBeNull();
  expect(response.status).toBe(200);
  return response;
}

describe('the provinces against make mock', () => {
  it("gives the deployment's province, the list and one province's dashboard", async () => {
    const province = await api.GET('/api/v1/provinces/{code}', { params: { path: { code: 'quang-ngai' } } });
    conforming(province.response);
    expect(province.data?.fullName).toBe('tỉnh Quảng Ngãi');

    const list = await api.GET('/api/v1/provinces');
    conforming(list.response);
    expect(list.data?.items.map((p) => p.code)).toEqual(['quang-ngai']);

    const dashboard = await api.GET('/api/v1/public/dashboard', { params: { query: { province: 'quang-ngai' } } });
    conforming(dashboard.response);
    expect(dashboard.data?.units.length).toBeGreaterThan(0);
  });
});

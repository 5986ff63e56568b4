import { waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';
import type { components } from '../lib/api/schema';
import { matchesWords } from '@/lib/text';

type Schemas = components['schemas'];

export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Reply = Response | Promise<Response>;
type Handler = (request: RecordedRequest) => Reply;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

/**
 * A JSON answer of one of the contract's schemas: `reply('UnitPage', {...})` does not compile when the
 * body lacks a required field, has one the schema does not declare, or a value outside an enum.
 */
export function reply<K extends keyof Schemas>(
  _schema: K,
  body: Schemas[K],
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return json(body, status, headers);
}

/** A problem+json answer; its code must be one the contract lists (ProblemCode). */
export function problem(
  status: number,
  code: Schemas['ProblemCode'],
  detail: string,
  extra: Partial<Schemas['Problem']> = {},
  headers: Record<string, string> = {},
) {
  const body = {
    type: `https://hocvuso.quangngai.gov.vn/problems/${code}`,
    title: 'Error',
    status,
    code,
    detail,
    ...extra,
  } satisfies Schemas['Problem'];
  return json(body, status, headers);
}

/** The deployment's province (config.js's default) as `GET /api/v1/provinces/quang-ngai` gives it. */
export const quangNgai = {
  code: 'quang-ngai',
  gsoCode: null,
  name: 'Quảng Ngãi',
  fullName: 'tỉnh Quảng Ngãi',
  committeeName: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
  issuerName: 'Sở Khoa học và Công nghệ',
  hotline: null,
  primaryColor: '#0b4f8a',
  synthetic: false,
} satisfies Schemas['Province'];

/** A second province, a centrally governed city with a support line. */
export const hue = {
  ...quangNgai,
  code: 'hue',
  name: 'Huế',
  fullName: 'thành phố Huế',
  committeeName: 'Ủy ban nhân dân thành phố Huế',
  hotline: '0234 3822 123',
  primaryColor: '#5b2a86',
} satisfies Schemas['Province'];

/**
 * Replaces fetch with a tiny fake API: handlers keyed by "METHOD /path"; every request is recorded.
 * An unknown route answers 404 so a test fails loudly rather than hanging.
 */
const BELL_PATH = '/api/v1/me/notifications/unread-count';
/**
 * Every page's header asks for the deployment's province, and the public dashboard for the list of
 * provinces: a test that is not about them neither answers nor sees those requests (the portal then
 * serves Quảng Ngãi alone, as before provinces were data).
 */
const PROVINCE_DEFAULTS: Record<string, () => Response> = {
  [`/api/v1/provinces/${quangNgai.code}`]: () => reply('Province', quangNgai),
  '/api/v1/provinces': () => reply('ProvinceList', { items: [quangNgai] }),
};

export function mockApi(handlers: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    // The header's bell asks for its count on every page of a logged-in person: a test that is not
    // about it neither answers nor sees that request.
    if (url.pathname === BELL_PATH && !handlers[`GET ${BELL_PATH}`]) return json({ unread: 0 });
    const province = PROVINCE_DEFAULTS[url.pathname];
    if (province && request.method === 'GET' && !handlers[`GET ${url.pathname}`]) return province();
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      headers: request.headers,
      // a file sent as it is (a roster, a spreadsheet) is kept as its text; everything else the app sends is JSON
      body: text ? (/json/.test(request.headers.get('Content-Type') ?? 'json') ? JSON.parse(text) : text) : undefined,
    };
    requests.push(recorded);
    const handler = handlers[`${request.method} ${url.pathname}`];
    return handler ? handler(recorded) : problem(404, 'not_found', `no mock for ${request.method} ${url.pathname}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  /** The last request to `path` (the page's latest ask, once a filter or a day changed). */
  const last = (path: string) => requests.filter((r) => r.path === path).at(-1);
  /** The body of the first request with `method`, once the app has sent one (the test fails if none comes). */
  const sent = async (method: string) => {
    await waitFor(() => expect(requests.some((r) => r.method === method)).toBe(true));
    return requests.find((r) => r.method === method)?.body;
  };
  return { requests, fetchMock, last, sent };
}

export const tinhKhe = {
  code: '21211',
  name: 'Xã Tịnh Khê',
  type: 'xã' as const,
  population: 55956,
  areaKm2: 46.05,
  formerNames: ['Tịnh Kỳ', 'Tịnh Châu', 'Tịnh Long', 'Tịnh Thiện', 'Tịnh Khê'],
} satisfies Schemas['Unit'];

export const tinhAn = {
  ...tinhKhe,
  code: '21205',
  name: 'Xã Tịnh An',
  formerNames: ['Tịnh An', 'Tịnh Ấn Tây'],
} satisfies Schemas['Unit'];

export function unitPage(items: Schemas['Unit'][]) {
  return { items, page: 1, size: 10, totalItems: items.length, totalPages: 1 } satisfies Schemas['UnitPage'];
}

/** Two villages of Tịnh Khê, as the village pickers list them. */
export const anKy = { id: 101, name: 'Thôn An Kỳ', kind: 'THON' } satisfies Schemas['VillageOption'];
export const kyXuyen = { id: 102, name: 'Thôn Kỳ Xuyên', kind: 'THON' } satisfies Schemas['VillageOption'];

/** `GET /api/v1/units/{code}/villages`: these villages, on one page. */
export function villageOptions(items: Schemas['VillageOption'][]) {
  return reply('VillageOptionPage', {
    items,
    page: 1,
    size: 100,
    totalItems: items.length,
    totalPages: items.length ? 1 : 0,
  });
}

/** Open organisations of Quảng Ngãi as the public search gives them. */
export const schoolTranQuocTuan = {
  id: 1042,
  name: 'Trường THPT Trần Quốc Tuấn',
  kind: 'SCHOOL',
  schoolLevel: 'UPPER_SECONDARY',
  unitCode: '21211',
  parentId: 5,
  parentName: 'Sở Giáo dục và Đào tạo',
} satisfies Schemas['OrganisationSummary'];

export const universityPhamVanDong = {
  id: 27,
  name: 'Trường Đại học Phạm Văn Đồng',
  kind: 'SCHOOL',
  schoolLevel: 'UNIVERSITY',
  unitCode: null,
  parentId: null,
  parentName: null,
} satisfies Schemas['OrganisationSummary'];

export const enterpriseDetMay = {
  id: 2051,
  name: 'Công ty TNHH Dệt may Quảng Ngãi',
  kind: 'ENTERPRISE',
  schoolLevel: null,
  unitCode: '21211',
  parentId: null,
  parentName: null,
} satisfies Schemas['OrganisationSummary'];

export const agencyKhoaHoc = {
  id: 7,
  name: 'Sở Khoa học và Công nghệ',
  kind: 'AGENCY',
  schoolLevel: null,
  unitCode: null,
  parentId: null,
  parentName: null,
} satisfies Schemas['OrganisationSummary'];

/** Every open organisation above: one of each kind. */
export const openOrganisations = [schoolTranQuocTuan, universityPhamVanDong, enterpriseDetMay, agencyKhoaHoc];

export function organisationPage(items: Schemas['OrganisationSummary'][]) {
  return {
    items,
    page: 1,
    size: 10,
    totalItems: items.length,
    totalPages: 1,
  } satisfies Schemas['OrganisationPage'];
}

/**
 * `GET /api/v1/organisations` over these organisations, filtered as the server filters (kind, unit; the
 * text ignoring case and accents, roughly: every word of it in the name without accents).
 */
export function organisationSearch(all: Schemas['OrganisationSummary'][]) {
  return (request: RecordedRequest) => {
    const kind = request.search.get('kind');
    const unitCode = request.search.get('unitCode');
    const q = request.search.get('q') ?? '';
    return json(
      organisationPage(
        all.filter(
          (o) => (!kind || o.kind === kind) && (!unitCode || o.unitCode === unitCode) && matchesWords(o.name, q),
        ),
      ),
    );
  };
}

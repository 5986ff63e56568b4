import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import {
  enterpriseDetMay,
  json,
  mockApi,
  openOrganisations,
  organisationSearch,
  problem,
  reply,
  schoolTranQuocTuan,
  universityPhamVanDong,
} from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { signInAsAdmin } from '@/testing/tokens';

type Schemas = components['schemas'];

const SLOW = { timeout: 20000 };

beforeEach(() => {
  signInAsAdmin();
});

const teacher = {
  id: '0b0d5c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e',
  fullName: 'Lê Thị Hiệu',
  phone: '+84900000031',
  email: null,
  learnerGroup: 'CBCCVC',
  unit: { code: '21211', name: 'Xã Tịnh Khê', type: 'xã' },
  agency: null,
  organisation: { id: schoolTranQuocTuan.id, name: schoolTranQuocTuan.name, kind: 'SCHOOL' },
  village: null,
  className: null,
  roles: [{ role: 'LEARNER' }, { role: 'AGENCY_MANAGER', agencyId: enterpriseDetMay.id }],
  createdAt: '2025-11-01T00:00:00Z',
  largeText: false,
} satisfies Schemas['Profile'];

const enterpriseGrant = {
  id: '5a1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
  role: 'AGENCY_MANAGER',
  unitCode: null,
  agencyId: enterpriseDetMay.id,
  provinceCode: null,
  grantedAt: '2026-01-05T00:00:00Z',
} satisfies Schemas['RoleGrant'];

const closedGrant = {
  ...enterpriseGrant,
  id: '6b2d3e4f-5061-4728-93a4-b5c6d7e8f9a0',
  agencyId: 88,
} satisfies Schemas['RoleGrant'];

function detail(
  organisation: Pick<Schemas['OrganisationDetail'], 'id' | 'name' | 'kind'>,
  closedOn: string | null = null,
): Schemas['OrganisationDetail'] {
  return {
    ...organisation,
    schoolLevel: null,
    unitCode: '21211',
    unitName: 'Xã Tịnh Khê',
    parentId: null,
    parentName: null,
    openedOn: null,
    closedOn,
    mergedIntoId: null,
    mergedIntoName: null,
    openChildren: 0,
    version: 3,
    updatedAt: '2026-01-01T00:00:00Z',
    provinceCode: 'quang-ngai',
  };
}

function setup(grant: (body: unknown) => Response, grants: Schemas['RoleGrant'][] = [enterpriseGrant]) {
  const api = mockApi({
    'GET /api/v1/admin/users': () =>
      reply('UserPage', { items: [teacher], page: 1, size: 10, totalItems: 1, totalPages: 1 }),
    [`GET /api/v1/admin/users/${teacher.id}/roles`]: () => json(grants),
    [`POST /api/v1/admin/users/${teacher.id}/roles`]: (r) => grant(r.body),
    'GET /api/v1/organisations': organisationSearch(openOrganisations),
    [`GET /api/v1/admin/organisations/${enterpriseDetMay.id}`]: () =>
      reply('OrganisationDetail', detail(enterpriseDetMay)),
    'GET /api/v1/admin/organisations/88': () =>
      reply('OrganisationDetail', detail({ id: 88, name: 'Trường THCS Tịnh Châu', kind: 'SCHOOL' }, '2025-07-01')),
  });
  return { api, user: userEvent.setup() };
}

async function manageTeacher(user: ReturnType<typeof userEvent.setup>) {
  renderApp('/quan-tri/phan-quyen');
  await user.click(await screen.findByRole('button', { name: /^Phân quyền\s*Lê Thị Hiệu$/ }, SLOW));
  await screen.findByRole('heading', { name: 'Quyền của Lê Thị Hiệu' });
  await user.selectOptions(screen.getByLabelText('Vai trò'), 'AGENCY_MANAGER');
}

const grants = (api: ReturnType<typeof mockApi>) =>
  api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/roles'));

describe('granting a manager of any organisation', { timeout: 60_000 }, () => {
  it('names a granted organisation and its kind, a closed one as closed, not by its id', async () => {
    const { user } = setup(() => json(null, 500), [enterpriseGrant, closedGrant]);
    await manageTeacher(user);
    expect(
      await screen.findByRole('button', {
        name: 'Thu hồi quyền Quản lý cơ quan, trường học, doanh nghiệp (Công ty TNHH Dệt may Quảng Ngãi (Doanh nghiệp))',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', {
        name: 'Thu hồi quyền Quản lý cơ quan, trường học, doanh nghiệp (Trường THCS Tịnh Châu (Trường học, đã giải thể))',
      }),
    ).toBeInTheDocument();
  });

  it("names an administrator's reach: the whole country, or a province administrator's province", async () => {
    const national = {
      ...enterpriseGrant,
      id: '8d4f5061-7283-494a-b5c6-d7e8f9a0b1c2',
      role: 'ADMIN',
      agencyId: null,
    } satisfies Schemas['RoleGrant'];
    const provincial = {
      ...national,
      id: '9e506172-8394-4a5b-86d7-e8f9a0b1c2d3',
      role: 'PROVINCE_ADMIN',
      provinceCode: 'quang-ngai',
    } satisfies Schemas['RoleGrant'];
    const { user } = setup(() => json(null, 500), [national, provincial]);
    await manageTeacher(user);
    expect(
      await screen.findByRole('button', {
        name: 'Thu hồi quyền Quản trị hệ thống (toàn quốc, mọi tỉnh, thành phố)',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Thu hồi quyền Quản trị tỉnh, thành phố (tỉnh, thành phố mã quang-ngai)' }),
    ).toBeInTheDocument();
  });

  it('makes a teacher the manager of a school found by its name typed without accents', async () => {
    const { api, user } = setup(() =>
      reply('RoleGrant', { ...enterpriseGrant, id: '7c3e4f50-6172-4839-a4b5-c6d7e8f9a0b1', agencyId: 1042 }, 201),
    );
    await manageTeacher(user);
    const field = screen.getByRole('combobox', { name: /Cơ quan, trường học hoặc doanh nghiệp được quản lý/ });
    await user.type(field, 'tran quoc tuan');
    const option = await screen.findByRole('option', { name: /Trường THPT Trần Quốc Tuấn/ });
    expect(option).toHaveTextContent('Trung học phổ thông');
    await user.click(option);
    await user.click(screen.getByRole('button', { name: 'Giao quyền' }));

    expect(await screen.findByText(/Đã giao quyền\./)).toBeInTheDocument();
    expect(grants(api).map((r) => r.body)).toEqual([{ role: 'AGENCY_MANAGER', agencyId: 1042 }]);
    // every kind is searched: one request with no kind
    const searched = api.requests.filter((r) => r.path === '/api/v1/organisations');
    expect(searched.every((r) => r.search.get('kind') === null)).toBe(true);
  });

  it('offers enterprises and agencies too', async () => {
    const { user } = setup(() => json(null, 500));
    await manageTeacher(user);
    const field = screen.getByRole('combobox', { name: /được quản lý/ });
    await user.type(field, 'det may');
    expect(await screen.findByRole('option', { name: /Công ty TNHH Dệt may Quảng Ngãi/ })).toHaveTextContent(
      'Doanh nghiệp',
    );
    await user.clear(field);
    await user.type(field, 'so khoa hoc');
    expect(await screen.findByRole('option', { name: /Sở Khoa học và Công nghệ/ })).toHaveTextContent(
      'Cơ quan, đơn vị',
    );
  });

  it('asks for an organisation before sending, and shows the server refusing one on the field', async () => {
    const { api, user } = setup(() =>
      problem(400, 'validation_failed', 'Dữ liệu gửi lên chưa hợp lệ.', {
        violations: [{ field: 'agencyId', code: 'agency_not_found', message: 'Không tìm thấy cơ quan, tổ chức này.' }],
      }),
    );
    await manageTeacher(user);
    await user.click(screen.getByRole('button', { name: 'Giao quyền' }));
    const field = screen.getByRole('combobox', { name: /được quản lý/ });
    expect(field).toHaveAccessibleDescription(/Vui lòng chọn cơ quan, trường học hoặc doanh nghiệp\./);
    expect(grants(api)).toHaveLength(0);

    await user.type(field, 'dai hoc');
    await user.click(await screen.findByRole('option', { name: /Trường Đại học Phạm Văn Đồng/ }));
    await user.click(screen.getByRole('button', { name: 'Giao quyền' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Không tìm thấy cơ quan, tổ chức này\./));
    expect(grants(api).map((r) => r.body)).toEqual([{ role: 'AGENCY_MANAGER', agencyId: universityPhamVanDong.id }]);
  });
});

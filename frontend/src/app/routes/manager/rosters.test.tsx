import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { enterpriseDetMay, mockApi, organisationSearch, problem, reply, schoolTranQuocTuan } from '@/testing/mock-api';
import { findNotAllowedHeading, renderApp } from '@/testing/render';
import { signIn } from '@/testing/tokens';

type Schemas = components['schemas'];

const SCHOOL = schoolTranQuocTuan;
const ENTERPRISE = enterpriseDetMay;

const preview = {
  encoding: 'UTF-8 (BOM)',
  organisationId: SCHOOL.id,
  learnerGroup: 'STUDENT',
  totalRows: 3,
  validRows: 2,
  errorRows: 1,
  toCreate: 2,
  toUpdate: 0,
  unchanged: 0,
  needsConfirmation: false,
  unitsOverCap: [],
  errors: [
    {
      line: 4,
      field: 'phone',
      code: 'invalid_phone',
      message: 'Số điện thoại "0123" không hợp lệ (ví dụ đúng: 0912 345 678).',
    },
  ],
} satisfies Schemas['RosterDryRun'];

const queued = {
  id: '0196fa10-1111-7222-8333-444455556666',
  status: 'DONE',
  fileName: 'lop-10.csv',
  encoding: 'UTF-8 (BOM)',
  organisationId: SCHOOL.id,
  learnerGroup: 'STUDENT',
  totalRows: 3,
  doneRows: 3,
  created: 2,
  updated: 0,
  unchanged: 0,
  errors: 1,
  confirmed: false,
  createdAt: '2026-11-23T08:00:00Z',
  startedAt: '2026-11-23T08:00:01Z',
  finishedAt: '2026-11-23T08:00:02Z',
  resultUrl: '/api/v1/imports/rosters/0196fa10-1111-7222-8333-444455556666/result',
} satisfies Schemas['RosterImport'];

const FILE = 'Họ và tên,Số điện thoại,Email,Lớp,Mã xã/phường,Mã học sinh\r\nTrần Thị Bình,0912345679,,10A1,,HS-1\r\n';

describe('the roster page', () => {
  it("lets a school's manager check and import its students, with the columns and template of a school", async () => {
    signIn(['AGENCY_MANAGER'], { agencies: [SCHOOL.id] });
    const api = mockApi({
      [`GET /api/v1/organisations/${SCHOOL.id}`]: () => reply('OrganisationSummary', SCHOOL),
      'POST /api/v1/imports/rosters/dry-run': () => reply('RosterDryRun', preview),
      'POST /api/v1/imports/rosters': () => reply('RosterImport', queued, 202),
      [`GET /api/v1/imports/rosters/${queued.id}`]: () => reply('RosterImport', queued),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/danh-sach');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Nhập danh sách theo cơ quan, trường học, doanh nghiệp' },
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    // Only the manager's own organisation is offered (fetched by id), chosen already.
    const select = await screen.findByLabelText('Cơ quan, trường học hoặc doanh nghiệp', { exact: false });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([SCHOOL.name]);
    expect(select).toHaveValue(String(SCHOOL.id));
    expect(api.requests.some((r) => r.path === '/api/v1/organisations')).toBe(false);
    // A school imports its students or its staff, nothing else; its students first: the class column.
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(screen.queryByRole('radio', { name: 'Người lao động của doanh nghiệp' })).toBeNull();
    expect(screen.getByRole('radio', { name: /Học sinh, sinh viên của trường/ })).toBeChecked();
    const columns = screen.getByRole('list', { name: 'Các cột của tệp' });
    expect(within(columns).getByText('Lớp')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải tệp mẫu Excel' })).toHaveAttribute(
      'href',
      expect.stringContaining('/api/v1/imports/rosters/template?kind=SCHOOL&format=xlsx'),
    );

    // No file: said on the field, nothing sent.
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect((await screen.findAllByText('Hãy chọn tệp danh sách.')).length).toBeGreaterThan(0);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.upload(
      screen.getByLabelText('Tệp danh sách (Excel .xlsx hoặc .csv)'),
      new File([FILE], 'lop-10.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect(await screen.findByText(/3 dòng: 2 người sẽ được tạo tài khoản/)).toBeInTheDocument();
    const problems = screen.getByRole('table', { name: 'Các dòng có lỗi' });
    expect(
      within(problems).getByText('Số điện thoại "0123" không hợp lệ (ví dụ đúng: 0912 345 678).'),
    ).toBeInTheDocument();
    const dryRun = api.requests.find((r) => r.path === '/api/v1/imports/rosters/dry-run');
    expect(dryRun?.search.get('organisationId')).toBe(String(SCHOOL.id));
    expect(dryRun?.search.get('group')).toBe('STUDENT');
    expect(dryRun?.headers.get('Content-Type')).toBe('text/csv');
    expect(dryRun?.body).toBe(FILE);

    // Imported after a confirmation; then its progress and the result file.
    await user.click(screen.getByRole('button', { name: 'Nhập danh sách' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Nhập danh sách này?' });
    expect(within(dialog).getByText(/Sẽ tạo 2 tài khoản/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Nhập danh sách' }));
    expect(await screen.findByText('Đã tạo 2, cập nhật 0, không thay đổi 0, lỗi 1.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải tệp kết quả' })).toBeInTheDocument();
    const start = api.requests.find((r) => r.method === 'POST' && r.path === '/api/v1/imports/rosters');
    expect(start?.search.get('fileName')).toBe('lop-10.csv');
    expect(start?.search.get('confirm')).toBe('false');
  });

  it("lets an administrator search any open organisation, an enterprise imports its workers, and shows the server's refusal", async () => {
    signIn(['ADMIN']);
    const api = mockApi({
      'GET /api/v1/organisations': organisationSearch([SCHOOL, ENTERPRISE]),
      'POST /api/v1/imports/rosters/dry-run': () =>
        problem(409, 'organisation_closed', 'Công ty TNHH Dệt may Quảng Ngãi đã giải thể hoặc sáp nhập.'),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/danh-sach');
    const picker = await screen.findByRole(
      'combobox',
      { name: /Cơ quan, trường học hoặc doanh nghiệp/ },
      { timeout: 4000 },
    );
    // Any kind: the search asks for none.
    await user.type(picker, 'det may');
    await user.click(await screen.findByRole('option', { name: /Công ty TNHH Dệt may Quảng Ngãi/ }));
    expect(api.requests.filter((r) => r.path === '/api/v1/organisations').every((r) => !r.search.has('kind'))).toBe(
      true,
    );
    // An enterprise imports its workers only: no class column.
    expect(screen.getByRole('radio', { name: 'Người lao động của doanh nghiệp' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: /Học sinh, sinh viên/ })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Các cột của tệp' })).queryByText('Lớp')).toBeNull();

    await user.upload(
      screen.getByLabelText('Tệp danh sách (Excel .xlsx hoặc .csv)'),
      new File([FILE], 'cong-nhan.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('đã giải thể hoặc sáp nhập');
    const dryRun = api.requests.find((r) => r.path === '/api/v1/imports/rosters/dry-run');
    expect(dryRun?.search.get('organisationId')).toBe(String(ENTERPRISE.id));
    expect(dryRun?.search.get('group')).toBe('WORKER');
  });

  it('tells a manager whose organisations are all closed that there is nothing to import', async () => {
    signIn(['AGENCY_MANAGER'], { agencies: [SCHOOL.id] });
    mockApi({
      [`GET /api/v1/organisations/${SCHOOL.id}`]: () =>
        problem(404, 'organisation_not_found', 'Không tìm thấy cơ quan, tổ chức này.'),
    });
    renderApp('/quan-ly/danh-sach');
    expect(
      await screen.findByText(
        'Bạn chưa được giao quản lý cơ quan, trường học hay doanh nghiệp nào còn hoạt động.',
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kiểm tra tệp' })).toBeNull();
  });

  it('is not for learners or unit managers', async () => {
    signIn(['UNIT_MANAGER']);
    mockApi({});
    renderApp('/quan-ly/danh-sach');
    expect(await findNotAllowedHeading({ timeout: 4000 })).toBeInTheDocument();
  });
});

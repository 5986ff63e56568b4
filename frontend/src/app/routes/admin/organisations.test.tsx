import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { json, mockApi, problem, reply } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { signInAsAdmin } from '@/testing/tokens';

type Organisation = components['schemas']['OrganisationDetail'];

// the first render of the page waits for its chunk and its texts
const SLOW = { timeout: 10000 };

beforeEach(() => {
  signInAsAdmin();
});

function organisation(id: number, name: string, more: Partial<Organisation> = {}): Organisation {
  return {
    id,
    name,
    kind: 'AGENCY',
    schoolLevel: null,
    unitCode: null,
    unitName: null,
    parentId: null,
    parentName: null,
    openedOn: null,
    closedOn: null,
    mergedIntoId: null,
    mergedIntoName: null,
    openChildren: 0,
    version: 0,
    updatedAt: '2026-11-29T08:00:00Z',
    provinceCode: 'quang-ngai',
    ...more,
  };
}

const health = organisation(10, 'Sở Y tế', { openChildren: 1 });
const hospital = organisation(31, 'Bệnh viện thử nghiệm (ví dụ)', { parentId: 10, parentName: 'Sở Y tế', version: 2 });

function page(items: Organisation[]) {
  return reply('OrganisationDetailPage', { items, page: 1, size: 20, totalItems: items.length, totalPages: 1 });
}

describe('the organisation tree', () => {
  it('opens a department to show what is under it', async () => {
    const api = mockApi({
      'GET /api/v1/admin/organisations': (r) => page(r.search.get('parentId') === '10' ? [hospital] : [health]),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/to-chuc');
    await user.click(await screen.findByRole('button', { name: 'Xem các đơn vị trực thuộc “Sở Y tế”' }, SLOW));
    expect(await screen.findByRole('button', { name: `Sửa “${hospital.name}”` })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Vị trí trong cây tổ chức' })).toHaveTextContent('Sở Y tế');
    expect(api.requests.some((r) => r.search.get('roots') === 'true')).toBe(true);
  });

  it('asks for a school level as the API does, then creates the school under the open department', async () => {
    const api = mockApi({
      'GET /api/v1/admin/organisations': () => page([]),
      'POST /api/v1/admin/organisations': (r) =>
        json(organisation(40, 'Trường thử', r.body as Partial<Organisation>), 201),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/to-chuc');
    expect(await screen.findByText('Không có tổ chức nào ở đây.', {}, SLOW)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thêm tổ chức' }));
    await user.type(screen.getByLabelText('Tên tổ chức'), 'Trường Tiểu học thử nghiệm (ví dụ)');
    await user.selectOptions(screen.getByLabelText('Loại'), 'SCHOOL');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(screen.getByLabelText('Cấp học')).toHaveAccessibleDescription(/Hãy chọn cấp học của trường\./);
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.selectOptions(screen.getByLabelText('Cấp học'), 'PRIMARY');
    await user.type(screen.getByLabelText(/Mã xã, phường, đặc khu/), '21211');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await api.sent('POST')).toEqual({
      name: 'Trường Tiểu học thử nghiệm (ví dụ)',
      kind: 'SCHOOL',
      schoolLevel: 'PRIMARY',
      unitCode: '21211',
      parentId: null,
      openedOn: null,
      version: null,
    });
  });

  it('merges only after confirmation, sending the version read', async () => {
    const api = mockApi({
      'GET /api/v1/admin/organisations': () => page([hospital]),
      'POST /api/v1/admin/organisations/31/close': () =>
        json({ ...hospital, closedOn: '2026-01-01', mergedIntoId: 12 }),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/to-chuc');
    await user.click(await screen.findByRole('button', { name: `Giải thể hoặc sáp nhập “${hospital.name}”` }, SLOW));
    const dialog = screen.getByRole('alertdialog', { name: `Giải thể hoặc sáp nhập “${hospital.name}”?` });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('button', { name: `Giải thể hoặc sáp nhập “${hospital.name}”` }));
    const again = screen.getByRole('alertdialog');
    await user.clear(within(again).getByLabelText('Ngày giải thể, sáp nhập'));
    await user.type(within(again).getByLabelText('Ngày giải thể, sáp nhập'), '2026-01-01');
    await user.type(within(again).getByLabelText(/Sáp nhập vào tổ chức/), '12');
    await user.click(within(again).getByRole('button', { name: 'Sáp nhập' }));
    expect(await api.sent('POST')).toEqual({
      closedOn: '2026-01-01',
      mergedIntoId: 12,
      version: 2,
    });
  });

  it('shows a refused move in Vietnamese', async () => {
    mockApi({
      'GET /api/v1/admin/organisations': () => page([hospital]),
      'PUT /api/v1/admin/organisations/31': () =>
        problem(
          409,
          'organisation_cycle',
          'Không thể đặt một tổ chức vào dưới chính nó hoặc dưới một đơn vị trực thuộc của nó.',
        ),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/to-chuc');
    await user.click(await screen.findByRole('button', { name: `Sửa “${hospital.name}”` }, SLOW));
    await user.clear(screen.getByLabelText(/Mã số của tổ chức chủ quản/));
    await user.type(screen.getByLabelText(/Mã số của tổ chức chủ quản/), '31');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText(/Không thể đặt một tổ chức vào dưới chính nó/)).toBeInTheDocument();
  });

  it('checks a spreadsheet first and imports it only when no row is wrong', async () => {
    const api = mockApi({
      'GET /api/v1/admin/organisations': () => page([]),
      'POST /api/v1/admin/organisations/import/dry-run': () =>
        reply('ImportReport', {
          dryRun: true,
          encoding: 'UTF-8',
          totalRows: 2,
          created: 1,
          updated: 0,
          unchanged: 0,
          errorRows: 1,
          rows: [{ line: 2, name: 'Trường thử (ví dụ)', unitCode: '21211', outcome: 'CREATE', id: null }],
          errors: [{ line: 3, field: 'Loại', code: 'invalid_kind', message: 'Loại "Bệnh viện" không hợp lệ.' }],
        }),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/to-chuc');
    const file = new File(['Tên tổ chức,Loại\r\n'], 'to-chuc.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText('Tệp bảng tính', {}, SLOW), file);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect(await screen.findByText('Loại "Bệnh viện" không hợp lệ.')).toBeInTheDocument();
    expect(api.requests.find((r) => r.path.endsWith('/dry-run'))?.headers.get('Content-Type')).toBe('text/csv');
    expect(screen.getByRole('button', { name: 'Nhập tệp' })).toBeDisabled();
  });
});

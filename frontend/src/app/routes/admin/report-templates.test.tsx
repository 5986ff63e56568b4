import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { json, mockApi, problem, reply } from '@/testing/mock-api';
import { findNotAllowedHeading, renderApp } from '@/testing/render';
import { signIn, signInAsAdmin } from '@/testing/tokens';

type Schemas = components['schemas'];

const SLOW = { timeout: 4000 };

const noticePlaceholders = [
  { name: 'ngaySoLieu', description: 'Ngày của số liệu (dd/MM/yyyy)', table: false },
  { name: 'tongTaiKhoan', description: 'Tổng số tài khoản học viên', table: false },
  {
    name: 'bangNhomDoiTuong',
    description: 'Bảng theo nhóm đối tượng: tài khoản, đã cấp chứng nhận, tỷ lệ trên mẫu số',
    table: true,
  },
] satisfies Schemas['ReportPlaceholder'][];

const noticeDefault = {
  kind: 'NOTICE',
  title: 'Thông báo tình hình tham gia học kỹ năng số đến ngày {{ngaySoLieu}}',
  body: '# 1. Kết quả\n\nTính đến hết ngày {{ngaySoLieu}}: {{tongTaiKhoan}} học viên.',
  placeholders: noticePlaceholders,
  custom: false,
  updatedAt: null,
  updatedBy: null,
} satisfies Schemas['ReportTemplate'];

const noticeCustom = {
  ...noticeDefault,
  body: 'Kính gửi các xã, phường.\n\nTính đến hết ngày {{ngaySoLieu}}: {{tongTaiKhoan}} học viên.',
  custom: true,
  updatedAt: '2025-11-10T09:00:00Z',
  updatedBy: 'Phạm Quốc Bảo',
} satisfies Schemas['ReportTemplate'];

const appendixDefault = {
  kind: 'COMMUNE_APPENDIX',
  title: 'Phụ lục: kết quả thực hiện chỉ tiêu của {{tenDonVi}}',
  body: '# Kết quả theo thôn\n\n{{bangThon}}',
  placeholders: [
    { name: 'tenDonVi', description: 'Tên xã, phường', table: false },
    { name: 'bangThon', description: 'Bảng theo thôn, tổ dân phố', table: true },
  ],
  custom: false,
  updatedAt: null,
  updatedBy: null,
} satisfies Schemas['ReportTemplate'];

/** `GET /api/v1/admin/report-templates`: the notice as the test has it, the appendix's built-in text. */
const templates = (notice: Schemas['ReportTemplate']) =>
  json([notice, appendixDefault] satisfies Schemas['ReportTemplate'][]);

beforeEach(() => signInAsAdmin());

describe('the report templates', () => {
  it('are for administrators only', async () => {
    signIn(['UNIT_MANAGER']);
    mockApi({});
    renderApp('/quan-tri/mau-bao-cao');
    expect(await findNotAllowedHeading(SLOW)).toBeInTheDocument();
  });

  it('are edited with the placeholders a click inserts, saved, and a refused one said next to the text', async () => {
    let saved: Schemas['ReportTemplate'] = noticeDefault;
    let puts = 0;
    const api = mockApi({
      'GET /api/v1/admin/report-templates': () => templates(saved),
      'PUT /api/v1/admin/report-templates/NOTICE': (request) => {
        if (++puts === 1) {
          return problem(422, 'unknown_placeholder', 'Mẫu có chỗ điền không được hỗ trợ: {{tongSoDan}}.', {
            violations: [
              {
                field: 'body',
                code: 'unknown_placeholder',
                message: 'Mẫu có chỗ điền không được hỗ trợ: {{tongSoDan}}.',
              },
            ],
          });
        }
        const body = request.body as Schemas['ReportTemplateUpdate'];
        saved = {
          ...noticeDefault,
          ...body,
          custom: true,
          updatedAt: '2025-11-11T01:00:00Z',
          updatedBy: 'Phạm Quốc Bảo',
        };
        return reply('ReportTemplate', saved);
      },
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/mau-bao-cao');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mẫu báo cáo' }, SLOW)).toBeInTheDocument();
    const notice = await screen.findByRole('region', { name: 'Thông báo của tỉnh' });
    expect(screen.getByRole('region', { name: 'Phụ lục báo cáo của xã, phường' })).toBeInTheDocument();
    expect(within(notice).getByText('Đang dùng mẫu mặc định.')).toBeInTheDocument();
    // nothing to restore while the built-in text is in force
    expect(within(notice).queryByRole('button', { name: 'Khôi phục mẫu mặc định' })).toBeNull();

    const body = within(notice).getByLabelText('Nội dung') as HTMLTextAreaElement;
    expect(body).toHaveValue(noticeDefault.body);
    expect(within(notice).getByText('Tổng số tài khoản học viên')).toBeInTheDocument();
    // a placeholder goes where the cursor is; a table alone on its line
    await user.clear(body);
    await user.type(body, 'Có ');
    await user.click(within(notice).getByRole('button', { name: 'Chèn {{tongTaiKhoan}} vào nội dung' }));
    expect(body).toHaveValue('Có {{tongTaiKhoan}}');
    await waitFor(() => expect(body).toHaveFocus());
    await user.type(body, ' học viên.');
    await user.click(within(notice).getByRole('button', { name: 'Chèn {{bangNhomDoiTuong}} vào nội dung' }));
    expect(body).toHaveValue('Có {{tongTaiKhoan}} học viên.\n{{bangNhomDoiTuong}}');

    // the server refuses a placeholder it does not know: said next to the text, the text kept
    await user.type(body, '\n{{{{tongSoDan}}'); // user-event reads {{ as one {
    await user.click(within(notice).getByRole('button', { name: 'Lưu mẫu' }));
    expect(
      (await within(notice).findAllByText('Mẫu có chỗ điền không được hỗ trợ: {{tongSoDan}}.')).length,
    ).toBeGreaterThan(0);
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(body.value).toContain('{{tongSoDan}}');

    await user.clear(body);
    await user.type(body, 'Tính đến hết ngày ');
    await user.click(within(notice).getByRole('button', { name: 'Chèn {{ngaySoLieu}} vào nội dung' }));
    await user.click(within(notice).getByRole('button', { name: 'Lưu mẫu' }));
    expect(await within(notice).findByText('Đã lưu mẫu. Các báo cáo lập từ nay dùng mẫu này.')).toBeInTheDocument();
    const put = api.requests.filter((r) => r.method === 'PUT').at(-1);
    expect(put?.body).toEqual({ title: noticeDefault.title, body: 'Tính đến hết ngày {{ngaySoLieu}}' });
    expect(await within(notice).findByText(/Mẫu đã sửa: Phạm Quốc Bảo/)).toBeInTheDocument();
  });

  it('restores the built-in text after a confirmation', async () => {
    let current: Schemas['ReportTemplate'] = noticeCustom;
    const api = mockApi({
      'GET /api/v1/admin/report-templates': () => templates(current),
      'DELETE /api/v1/admin/report-templates/NOTICE': () => {
        current = noticeDefault;
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/mau-bao-cao');
    const notice = await screen.findByRole('region', { name: 'Thông báo của tỉnh' }, SLOW);
    expect(within(notice).getByLabelText('Nội dung')).toHaveValue(noticeCustom.body);
    expect(within(notice).getByText(/Mẫu đã sửa: Phạm Quốc Bảo/)).toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Khôi phục mẫu mặc định' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Khôi phục mẫu mặc định của “Thông báo của tỉnh”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(within(notice).getByRole('button', { name: 'Khôi phục mẫu mặc định' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Khôi phục' }));
    expect(await screen.findByText('Đã khôi phục mẫu mặc định.')).toBeInTheDocument();
    const restored = screen.getByRole('region', { name: 'Thông báo của tỉnh' });
    expect(within(restored).getByLabelText('Nội dung')).toHaveValue(noticeDefault.body);
    expect(within(restored).getByText('Đang dùng mẫu mặc định.')).toBeInTheDocument();
  });
});

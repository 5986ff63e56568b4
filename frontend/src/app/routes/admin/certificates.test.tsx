import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { mockApi, reply } from '@/testing/mock-api';
import { checkFile, renderApp } from '@/testing/render';
import { signIn } from '@/testing/tokens';

type Schemas = components['schemas'];

describe('results from the national platform', () => {
  it('checks the file row by row, then records the results only once no row is wrong', async () => {
    signIn(['ADMIN']);
    const hoa = {
      line: 2,
      credentialId: 'BDHVS-2025-000123',
      fullName: 'Nguyễn Thị Hoa',
      unitCode: '21211',
      outcome: 'CREATE',
      reason: null,
      certificateCode: null,
    } satisfies Schemas['NationalResultsImportReport']['rows'][number];
    const tam = {
      line: 3,
      credentialId: 'BDHVS-2025-000124',
      fullName: 'Lê Văn Tâm',
      unitCode: '21172',
      outcome: 'UNCHANGED',
      reason: 'ALREADY_IMPORTED',
      certificateCode: 'HVS-2Q8W-7ZKD-M4TR',
    } satisfies Schemas['NationalResultsImportReport']['rows'][number];
    const notFound =
      'Không có tài khoản nào trên cổng có số điện thoại 0905 111 222. Người học cần đăng ký tài khoản trước.';
    const report = {
      dryRun: true,
      encoding: 'UTF-8 (BOM)',
      totalRows: 3,
      created: 1,
      unchanged: 1,
      errorRows: 1,
      rows: [hoa, tam],
      errors: [
        {
          line: 4,
          field: 'Số điện thoại',
          code: 'learner_not_found',
          message: notFound,
        },
      ],
    } satisfies Schemas['NationalResultsImportReport'];
    let fixed = false;
    const api = mockApi({
      'POST /api/v1/imports/national-results/dry-run': () =>
        reply('NationalResultsImportReport', fixed ? { ...report, totalRows: 2, errorRows: 0, errors: [] } : report),
      'POST /api/v1/imports/national-results': () =>
        reply('NationalResultsImportReport', {
          ...report,
          dryRun: false,
          totalRows: 2,
          errorRows: 0,
          errors: [],
          rows: [{ ...hoa, outcome: 'CREATED', certificateCode: 'HVS-9ZQW-3KDM-TR48' }, tam],
        }),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/chung-nhan');

    const section = within(
      (
        await screen.findByRole(
          'heading',
          { name: 'Kết quả từ Nền tảng Bình dân học vụ số quốc gia' },
          { timeout: 10_000 },
        )
      ).closest('section')!,
    );
    expect(section.getByRole('link', { name: 'Tải tệp mẫu (CSV)' })).toHaveAttribute(
      'href',
      expect.stringContaining('/api/v1/imports/national-results/template?format=csv'),
    );
    // As Windows types a CSV: sent by its name, as CSV.
    const file = new File(['Mã chứng nhận,Họ và tên,Số điện thoại,Ngày cấp\r\n'], 'ket-qua-quoc-gia.csv', {
      type: 'application/vnd.ms-excel',
    });
    await checkFile(user, section, 'Tệp kết quả', file);
    expect(await section.findByText(notFound)).toBeInTheDocument();
    expect(section.getByRole('button', { name: 'Nhập kết quả' })).toBeDisabled();
    expect(api.requests.find((r) => r.path.endsWith('/dry-run'))?.headers.get('Content-Type')).toBe('text/csv');

    fixed = true;
    await checkFile(user, section, 'Tệp kết quả', file);
    expect(
      await section.findByText(
        'Kết quả kiểm tra: 1 người học sẽ được ghi nhận chứng nhận, 1 dòng không đổi (đã nhập hoặc đã có chứng nhận), 0 dòng lỗi.',
      ),
    ).toBeInTheDocument();
    await user.click(section.getByRole('button', { name: 'Nhập kết quả' }));
    expect(
      await section.findByText('Đã nhập: 1 người học được ghi nhận chứng nhận, 1 dòng không đổi.'),
    ).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST' && r.path === '/api/v1/imports/national-results')).toBe(true);
  });
});

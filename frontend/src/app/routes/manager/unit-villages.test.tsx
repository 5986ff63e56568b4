import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { json, mockApi, reply } from '@/testing/mock-api';
import { checkFile, findNotAllowedHeading, renderApp } from '@/testing/render';
import { signIn } from '@/testing/tokens';

type Schemas = components['schemas'];

const anKy = {
  id: 101,
  unitCode: '21211',
  name: 'Thôn An Kỳ',
  kind: 'THON',
  closedOn: null,
  mergedIntoId: null,
  mergedIntoName: null,
  learners: 214,
  version: 0,
} satisfies Schemas['Village'];

const villagePage = (items: Schemas['Village'][]) =>
  reply('VillagePage', { items, page: 1, size: 50, totalItems: items.length, totalPages: 1 });

const figures = {
  unitCode: '21211',
  courseId: '0195a6b0-0000-7000-8000-000000000001',
  asOf: '2026-11-29T02:00:00Z',
  villages: [
    {
      villageId: 101,
      name: 'Thôn An Kỳ',
      kind: 'THON',
      closedOn: null,
      learners: 214,
      enrolled: 190,
      completedLessons: 151,
      passed: 140,
      certified: 140,
    },
  ],
  withoutVillage: {
    villageId: null,
    name: null,
    kind: null,
    closedOn: null,
    learners: 1406,
    enrolled: 1200,
    completedLessons: 990,
    passed: 930,
    certified: 929,
  },
} satisfies Schemas['UnitVillageFigures'];

describe("a unit's villages page", () => {
  it('lists the villages with their figures, adds one, and closes one only after confirmation', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    let closed = false;
    const api = mockApi({
      'GET /api/v1/unit-villages/21211': () =>
        villagePage([closed ? { ...anKy, closedOn: '2026-11-29', version: 1 } : anKy]),
      'GET /api/v1/stats/units/21211/villages': () => reply('UnitVillageFigures', figures),
      'POST /api/v1/unit-villages/21211': () => json({ ...anKy, id: 102, name: 'Thôn Kỳ Xuyên', learners: 0 }, 201),
      'POST /api/v1/unit-villages/21211/101/close': () => {
        closed = true;
        return json({ ...anKy, closedOn: '2026-11-29', version: 1 });
      },
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/don-vi/21211/thon');

    const table = await screen.findByRole('table', { name: 'Số liệu theo thôn, tổ dân phố' }, { timeout: 10_000 });
    expect(within(table).getByRole('row', { name: /Thôn An Kỳ 214 190 151 140 140/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Chưa chọn thôn, tổ dân phố 1\.406/ })).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Tên thôn, tổ dân phố/), '  Thôn Kỳ Xuyên ');
    await user.click(screen.getByRole('button', { name: 'Thêm' }));
    expect(await screen.findByText('Đã thêm Thôn Kỳ Xuyên.')).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'Thôn Kỳ Xuyên', kind: 'THON' });

    await user.click(screen.getByRole('button', { name: 'Ngừng hoạt động Thôn An Kỳ' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ngừng hoạt động Thôn An Kỳ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(api.requests.some((r) => r.path.endsWith('/close'))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Ngừng hoạt động Thôn An Kỳ' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ngừng hoạt động' }));
    expect(await screen.findByText('Đã ngừng hoạt động Thôn An Kỳ.')).toBeInTheDocument();
    expect(api.requests.find((r) => r.path.endsWith('/close'))?.body).toEqual({ version: 0 });
    expect(await screen.findByRole('button', { name: 'Mở lại Thôn An Kỳ' })).toBeInTheDocument();
  });

  it('shows the figures by village as of a chosen day', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    const api = mockApi({
      'GET /api/v1/unit-villages/21211': () => villagePage([anKy]),
      'GET /api/v1/stats/units/21211/villages': (r: { search: URLSearchParams }) =>
        reply(
          'UnitVillageFigures',
          r.search.get('asOf') === '2025-11-11'
            ? {
                ...figures,
                asOf: '2025-11-11T16:59:59.999Z',
                villages: figures.villages.map((v) => ({
                  ...v,
                  learners: 96,
                  enrolled: 80,
                  completedLessons: 61,
                  passed: 58,
                  certified: 58,
                })),
              }
            : figures,
        ),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/don-vi/21211/thon');

    const table = await screen.findByRole('table', { name: 'Số liệu theo thôn, tổ dân phố' }, { timeout: 10_000 });
    expect(within(table).getByRole('row', { name: /Thôn An Kỳ 214 190 151 140 140/ })).toBeInTheDocument();
    const day = screen.getByLabelText('Số liệu tính đến ngày');
    expect(day).toHaveAttribute('min', '2025-07-01');
    await user.type(day, '2025-11-11');
    expect(await within(table).findByRole('row', { name: /Thôn An Kỳ 96 80 61 58 58/ })).toBeInTheDocument();
    expect(screen.getByText(/23:59/)).toBeInTheDocument();
    expect(api.last('/api/v1/stats/units/21211/villages')?.search.get('asOf')).toBe('2025-11-11');
  });

  it('checks a spreadsheet first, shows its wrong rows, and imports the fixed file for this unit', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    const report = {
      dryRun: true,
      encoding: 'UTF-8 (BOM)',
      totalRows: 2,
      created: 1,
      updated: 0,
      unchanged: 0,
      errorRows: 1,
      rows: [{ line: 2, name: 'Tổ dân phố 5', unitCode: '21211', outcome: 'CREATE', id: null }],
      errors: [
        {
          line: 3,
          field: 'Loại',
          code: 'invalid_village_kind',
          message: 'Loại "xóm trại" không hợp lệ (dùng: thôn hoặc tổ dân phố).',
        },
      ],
    } satisfies Schemas['ImportReport'];
    let fixed = false;
    const api = mockApi({
      'GET /api/v1/unit-villages/21211': () => villagePage([anKy]),
      'GET /api/v1/stats/units/21211/villages': () => reply('UnitVillageFigures', figures),
      'POST /api/v1/imports/villages/dry-run': () =>
        reply('ImportReport', fixed ? { ...report, totalRows: 1, errorRows: 0, errors: [] } : report),
      'POST /api/v1/imports/villages': () =>
        reply('ImportReport', {
          ...report,
          dryRun: false,
          totalRows: 1,
          errorRows: 0,
          errors: [],
          rows: [{ line: 2, name: 'Tổ dân phố 5', unitCode: '21211', outcome: 'CREATED', id: 131 }],
        }),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/don-vi/21211/thon');

    const section = within(
      (await screen.findByRole('heading', { name: 'Nhập từ tệp' }, { timeout: 10_000 })).closest('section')!,
    );
    expect(section.getByRole('link', { name: 'Tải tệp mẫu (Excel)' })).toHaveAttribute(
      'href',
      expect.stringContaining('/api/v1/imports/villages/template?format=xlsx'),
    );
    // Windows gives a CSV the type application/vnd.ms-excel, which no import accepts: it is sent by its name, as CSV.
    const file = new File(['Tên thôn/tổ dân phố,Loại\r\n'], 'thon.csv', { type: 'application/vnd.ms-excel' });
    await checkFile(user, section, 'Tệp bảng tính', file);
    expect(await section.findByText('Loại "xóm trại" không hợp lệ (dùng: thôn hoặc tổ dân phố).')).toBeInTheDocument();
    expect(section.getByRole('button', { name: 'Nhập tệp' })).toBeDisabled();
    const dryRun = api.requests.find((r) => r.path.endsWith('/dry-run'));
    expect(dryRun?.search.get('unitCode')).toBe('21211');
    expect(dryRun?.headers.get('Content-Type')).toBe('text/csv');

    fixed = true;
    await checkFile(user, section, 'Tệp bảng tính', file);
    expect(
      await section.findByText(
        'Kết quả kiểm tra: 1 thôn, tổ dân phố sẽ được thêm, 0 được đổi loại, 0 không đổi, 0 dòng lỗi.',
      ),
    ).toBeInTheDocument();
    await user.click(section.getByRole('button', { name: 'Nhập tệp' }));
    expect(
      await section.findByText('Đã nhập: 1 thôn, tổ dân phố được thêm, 0 được đổi loại, 0 không đổi.'),
    ).toBeInTheDocument();
    expect(
      api.requests.find((r) => r.method === 'POST' && r.path === '/api/v1/imports/villages')?.search.get('unitCode'),
    ).toBe('21211');
  });

  it("shows another unit's manager the no-permission page", async () => {
    signIn(['UNIT_MANAGER'], { units: ['21172'] });
    mockApi({});
    renderApp('/quan-ly/don-vi/21211/thon');
    expect(await findNotAllowedHeading()).toBeInTheDocument();
  });
});

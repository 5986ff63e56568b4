import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '@/lib/api/schema';
import { anKy, json, mockApi, problem, reply, villageOptions } from '@/testing/mock-api';
import { expectClosedWithoutAsking, findNotAllowedHeading, renderApp } from '@/testing/render';
import { targetStatus, unitDetail, unitPage, unitRow, villageTargetStatus } from '@/testing/stats-fixtures';
import { signIn } from '@/testing/tokens';

type Schemas = components['schemas'];

vi.mock('@/features/stats/components/charts/chart-canvas', () => ({ default: () => null }));

const learner = {
  id: '0196f1a2-0000-7000-8000-000000000001',
  fullName: 'Nguyễn Văn Ba',
  phone: '+84912345678',
  email: null,
  learnerGroup: 'CITIZEN',
  agencyName: null,
  status: 'NOT_COMPLETED',
  registeredAt: '2025-11-01T01:00:00Z',
  enrolledAt: '2025-11-02T01:00:00Z',
  lessonsCompleted: 3,
  lessonCount: 18,
  lastActivityAt: '2025-11-10T03:00:00Z',
} satisfies Schemas['UnitLearner'];

describe("a unit's page", () => {
  it('shows the unit manager their unit: ranks, figures by group, targets', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    mockApi({ 'GET /api/v1/stats/units/21211': () => json(unitDetail) });
    renderApp('/quan-ly/don-vi/21211');
    // the first render compiles the lazy page: allow it more than the default second
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Xã Tịnh Khê' }, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Theo tỷ lệ tham gia:', { exact: false })).toHaveTextContent('12/96');
    expect(screen.getByText('Theo tỷ lệ hoàn thành:', { exact: false })).toHaveTextContent('chưa xếp hạng');
    const groups = screen.getByRole('table', { name: 'Theo đối tượng' });
    expect(within(groups).getByRole('rowheader', { name: 'Người dân' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Danh sách cần đôn đốc' })).toHaveAttribute(
      'href',
      '/quan-ly/don-vi/21211/hoc-vien',
    );
    expect(screen.getByRole('link', { name: 'Lập phụ lục báo cáo của xã, phường' })).toHaveAttribute(
      'href',
      '/quan-ly/bao-cao',
    );
  });

  it("lists the unit's targets with the denominator each is computed from, and each village's", async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    mockApi({
      'GET /api/v1/stats/units/21211': () => json({ ...unitDetail, targets: [targetStatus, villageTargetStatus] }),
    });
    renderApp('/quan-ly/don-vi/21211');
    const own = await screen.findByRole('heading', { name: targetStatus.name }, { timeout: 4000 });
    const ownItem = own.closest('li') as HTMLElement;
    expect(ownItem).toHaveTextContent('Mẫu số: 40.050 (Ước tính từ dân số (units.csv), áp dụng từ 01/07/2025)');
    const village = screen.getByRole('heading', { name: `${villageTargetStatus.name}: Thôn Trường Thọ` });
    const villageItem = village.closest('li') as HTMLElement;
    expect(within(villageItem).getByText('Chưa có mẫu số')).toBeInTheDocument();
    expect(villageItem).toHaveTextContent('chưa có mẫu số');
    expect(villageItem).not.toHaveTextContent('0 %');
  });

  it("refuses another unit's page to a unit manager without asking the API", async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    await expectClosedWithoutAsking('/quan-ly/don-vi/21205');
  });

  it('shows the same page when the API refuses (403)', async () => {
    signIn(['ADMIN']);
    mockApi({
      'GET /api/v1/stats/units/21205': () => problem(403, 'forbidden', 'Bạn không có quyền thực hiện thao tác này.'),
    });
    renderApp('/quan-ly/don-vi/21205');
    expect(await findNotAllowedHeading()).toBeInTheDocument();
  });
});

describe('the follow-up list', () => {
  it('lists who has a step to take, says access is logged, and filters by step, name and village', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    const api = mockApi({
      'GET /api/v1/stats/units/21211/learners': () =>
        reply('UnitLearnerPage', { items: [learner], page: 1, size: 20, totalItems: 1, totalPages: 1 }),
      'GET /api/v1/units/21211/villages': () => villageOptions([anKy]),
    });
    const learnerRequests = () => api.requests.filter((r) => r.path.endsWith('/learners'));
    const user = userEvent.setup();
    renderApp('/quan-ly/don-vi/21211/hoc-vien');
    expect(await screen.findByRole('link', { name: '0912 345 678' })).toHaveAttribute('href', 'tel:+84912345678');
    expect(screen.getByText(/Mỗi lần xem đều được ghi lại trong nhật ký hệ thống/)).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Nguyễn Văn Ba' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '3/18' })).toBeInTheDocument();
    expect(learnerRequests()[0]?.search.get('status')).toBe('NOT_CERTIFIED');

    await user.selectOptions(screen.getByLabelText('Bước chưa hoàn thành'), 'NOT_PASSED');
    await waitFor(() => expect(learnerRequests().at(-1)?.search.get('status')).toBe('NOT_PASSED'));
    await user.type(screen.getByLabelText('Tìm theo tên, số điện thoại hoặc email'), 'nguyen van');
    await waitFor(() => expect(learnerRequests().at(-1)?.search.get('q')).toBe('nguyen van'));
    await user.type(await screen.findByRole('combobox', { name: /Thôn, tổ dân phố/ }), 'an ky');
    await user.click(await screen.findByRole('option', { name: 'Thôn An Kỳ' }));
    await waitFor(() => expect(learnerRequests().at(-1)?.search.get('villageId')).toBe('101'));
  });

  it('says when nobody is left to follow up', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    mockApi({
      'GET /api/v1/stats/units/21211/learners': () =>
        reply('UnitLearnerPage', { items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }),
    });
    renderApp('/quan-ly/don-vi/21211/hoc-vien');
    expect(await screen.findByText('Không có ai trong danh sách này.')).toBeInTheDocument();
  });

  it('is closed to province administrators: personal data stays with the unit', async () => {
    signIn(['ADMIN']);
    await expectClosedWithoutAsking('/quan-ly/don-vi/21211/hoc-vien');
  });
});

describe('a message to the follow-up list', () => {
  const preview = (recipients: number) =>
    reply('BulkMessagePreview', {
      unitCode: '21211',
      status: 'NOT_ENROLLED',
      kind: 'BULK_INVITE',
      recipients,
      dailyLimit: 2000,
      sentToday: 100,
      remainingToday: 1900,
    });

  it('shows the count, asks to confirm it, and confirms again when the list changed', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    let counted = 0;
    let sends = 0;
    const api = mockApi({
      'GET /api/v1/stats/units/21211/learners': () =>
        reply('UnitLearnerPage', { items: [learner], page: 1, size: 20, totalItems: 1, totalPages: 1 }),
      'POST /api/v1/stats/units/21211/learners/messages/preview': () => preview(++counted === 1 ? 184 : 240),
      'POST /api/v1/stats/units/21211/learners/messages': () =>
        ++sends === 1
          ? problem(
              409,
              'bulk_count_changed',
              'Danh sách đã thay đổi: bạn xác nhận 184 người nhưng bây giờ có 240 người.',
            )
          : reply(
              'BulkMessageSent',
              {
                id: '0196f1a2-0000-7000-8000-0000000000b1',
                unitCode: '21211',
                status: 'NOT_ENROLLED',
                kind: 'BULK_INVITE',
                recipients: 240,
                queued: 480,
                dailyLimit: 2000,
                sentToday: 340,
                remainingToday: 1660,
                createdAt: '2026-11-30T03:00:00Z',
              },
              202,
            ),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/don-vi/21211/hoc-vien');
    await user.click(await screen.findByRole('button', { name: 'Gửi tin nhắn' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gửi tin nhắn cho người trong danh sách' });
    expect(await within(dialog).findByText('Tin nhắn sẽ được gửi tới 184 người.')).toBeInTheDocument();
    expect(within(dialog).getByText('Hôm nay đơn vị còn được gửi cho 1.900 trên 2.000 người.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    await user.click(within(dialog).getByRole('button', { name: 'Gửi cho 184 người' }));
    // The server counted 240: back to the count, which is asked for again.
    expect(await within(dialog).findByText('Tin nhắn sẽ được gửi tới 240 người.')).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Danh sách đã thay đổi');
    const firstSend = api.requests.find((r) => r.path.endsWith('/learners/messages'));
    expect(firstSend?.body).toEqual({ status: 'NOT_ENROLLED', kind: 'BULK_INVITE', expectedRecipients: 184 });

    await user.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    await user.click(within(dialog).getByRole('button', { name: 'Gửi cho 240 người' }));
    expect(await within(dialog).findByText(/Tin nhắn đang được gửi tới 240 người/)).toBeInTheDocument();
  });

  it('cannot go on when the list is larger than what is left of the day', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    mockApi({
      'GET /api/v1/stats/units/21211/learners': () =>
        reply('UnitLearnerPage', { items: [learner], page: 1, size: 20, totalItems: 1, totalPages: 1 }),
      'POST /api/v1/stats/units/21211/learners/messages/preview': () => preview(2500),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/don-vi/21211/hoc-vien');
    await user.click(await screen.findByRole('button', { name: 'Gửi tin nhắn' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gửi tin nhắn cho người trong danh sách' });
    expect(await within(dialog).findByText(/vượt quá số người còn được gửi hôm nay/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Tiếp tục' })).toBeDisabled();
  });
});

describe('exporting the per-unit results file', () => {
  it('downloads with the bearer token and shows progress, then the file name', async () => {
    signIn(['ADMIN']);
    const body = new TextEncoder().encode('\uFEFFHạng;Đơn vị\n1;Xã Tịnh Khê\n');
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = mockApi({
      'GET /api/v1/stats/summary': () => json({ ...unitDetail, series: [], targets: [] }),
      'GET /api/v1/stats/units': () => json(unitPage([unitRow('21211', 'Xã Tịnh Khê', 1)])),
      'GET /api/v1/stats/agencies': () =>
        reply('AgencyStatsPage', { asOf: unitDetail.asOf, items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }),
      'GET /api/v1/stats/units/export': () =>
        new Response(
          new ReadableStream({
            async start(controller) {
              controller.enqueue(body.slice(0, 10));
              await gate;
              controller.enqueue(body.slice(10));
              controller.close();
            },
          }),
          {
            status: 200,
            headers: {
              'Content-Type': 'text/csv',
              'Content-Length': String(body.byteLength),
              'Content-Disposition': 'attachment; filename="ket-qua-theo-don-vi-2025-11-11.csv"',
            },
          },
        ),
    });
    let saved: Blob | undefined;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:ket-qua';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    renderApp('/quan-ly');

    await user.selectOptions(await screen.findByLabelText('Loại đơn vị'), 'xã');
    await user.click(screen.getByRole('button', { name: 'Tải tệp CSV' }));
    const progress = await screen.findByRole('progressbar');
    expect(progress).toHaveAttribute('max', String(body.byteLength));
    expect(screen.getByRole('button', { name: /Đang tải tệp/ })).toHaveAttribute('aria-disabled', 'true');
    release();
    expect(await screen.findByText('Đã tải xong tệp ket-qua-theo-don-vi-2025-11-11.csv.')).toBeInTheDocument();

    const request = api.requests.find((r) => r.path === '/api/v1/stats/units/export')!;
    expect(request.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(request.search.get('format')).toBe('csv');
    expect(request.search.get('type')).toBe('xã');
    // the file saved is every byte served, under the server's name
    expect(names).toEqual(['ket-qua-theo-don-vi-2025-11-11.csv']);
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader(); // jsdom's Blob has no arrayBuffer()
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(saved!);
    });
    expect(Array.from(new Uint8Array(bytes))).toEqual(Array.from(body));
    expect(saved!.type).toBe('text/csv;charset=utf-8');
  });

  it('says what went wrong when the export fails', async () => {
    signIn(['ADMIN']);
    mockApi({
      'GET /api/v1/stats/summary': () => json({ ...unitDetail, series: [], targets: [] }),
      'GET /api/v1/stats/units': () => json(unitPage([unitRow('21211', 'Xã Tịnh Khê', 1)])),
      'GET /api/v1/stats/agencies': () =>
        reply('AgencyStatsPage', { asOf: unitDetail.asOf, items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }),
      'GET /api/v1/stats/units/export': () => problem(500, 'internal_error', 'Máy chủ gặp lỗi, vui lòng thử lại.'),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly');
    await user.click(await screen.findByRole('button', { name: 'Tải tệp Excel (XLSX)' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được tệp kết quả.');
    expect(alert).toHaveTextContent('Máy chủ gặp lỗi, vui lòng thử lại.');
  });
});

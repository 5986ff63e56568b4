import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { json, mockApi, problem, reply } from '@/testing/mock-api';
import { findNotAllowedHeading, renderApp } from '@/testing/render';
import { targetStatus } from '@/testing/stats-fixtures';
import { signIn, signInAsAdmin } from '@/testing/tokens';

type Schemas = components['schemas'];

const SLOW = { timeout: 4000 };

beforeEach(() => {
  signInAsAdmin();
});

const lesson = {
  id: '0192f3a2-9a0b-7c1d-8e44-9e0f1a2b3c4d',
  courseId: '0192f3a0-7c1e-7a4b-9c2d-3e4f5a6b7c8d',
  moduleId: '0192f3a1-4e5f-7a6b-8c43-8d9e0f1a2b3c',
  position: 1,
  ordinal: 3,
  title: 'Nộp hồ sơ trực tuyến',
  kind: 'TEXT',
  bodyMarkdown: '## Các bước\n\n1. Đăng nhập bằng VNeID.',
  videoUrl: null,
  videoDurationSeconds: null,
  captionsUrl: null,
  estimatedMinutes: 8,
  retired: false,
  updatedAt: '2026-11-23T08:00:00Z',
};

const certificate = {
  code: 'HVS-7K3M-9QXD-4TPR',
  status: 'VALID',
  userId: '7d9b1c9e-3c1a-4a43-9a55-0c6f4f3b2a10',
  holderName: 'Nguyễn Thị Hoa',
  unitCode: '21211',
  unitName: 'Xã Tịnh Khê',
  courseId: lesson.courseId,
  courseTitle: 'Kỹ năng số cơ bản',
  scorePercent: 90,
  issuedAt: '2026-11-30T20:41:00Z',
  revokedAt: null,
  revokedReason: null,
};

describe('administration is for administrators', () => {
  it('shows a unit manager the no-permission page', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    mockApi({});
    renderApp('/quan-tri/chi-tieu');
    expect(await findNotAllowedHeading(SLOW)).toBeInTheDocument();
  });
});

describe('the lesson editor', () => {
  it('previews Markdown safely and saves the change', { timeout: 15_000 }, async () => {
    const api = mockApi({
      'GET /api/v1/admin/lessons/0192f3a2-9a0b-7c1d-8e44-9e0f1a2b3c4d': () => json(lesson),
      'PATCH /api/v1/admin/lessons/0192f3a2-9a0b-7c1d-8e44-9e0f1a2b3c4d': (r) =>
        json({ ...lesson, ...(r.body as object) }),
    });
    const user = userEvent.setup();
    renderApp(`/quan-tri/bai-hoc/${lesson.id}`);
    const body = await screen.findByLabelText('Nội dung bài học (Markdown)', {}, SLOW);
    await user.clear(body);
    await user.click(body);
    await user.paste('## Các bước\n\n<img src=x onerror=alert(1)>**Nộp** hồ sơ [xem](javascript:alert(1))');
    await user.click(screen.getByRole('tab', { name: 'Xem trước' }));
    const preview = screen.getByRole('tabpanel', { name: 'Xem trước' });
    expect(within(preview).getByRole('heading', { name: 'Các bước' })).toBeInTheDocument();
    expect(within(preview).getByText('Nộp').tagName).toBe('STRONG');
    // raw HTML stays text (no element) and a javascript: link is no link at all
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain('hồ sơ xem');
    expect(preview.querySelector('a')).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
    await user.click(screen.getByRole('button', { name: 'Lưu bài học' }));
    expect(await screen.findByText('Đã lưu.')).toBeInTheDocument();
    const sent = api.requests.find((r) => r.method === 'PATCH')!.body as Record<string, unknown>;
    expect(sent.title).toBe('Nộp hồ sơ trực tuyến');
    expect(sent.bodyMarkdown).toContain('**Nộp** hồ sơ');
  });

  it("checks the API's limits before sending and shows the API's own messages per field", async () => {
    const api = mockApi({
      'GET /api/v1/admin/lessons/0192f3a2-9a0b-7c1d-8e44-9e0f1a2b3c4d': () => json(lesson),
      'PATCH /api/v1/admin/lessons/0192f3a2-9a0b-7c1d-8e44-9e0f1a2b3c4d': () =>
        problem(400, 'validation_failed', 'Dữ liệu gửi lên chưa hợp lệ.', {
          violations: [
            {
              field: 'videoUrl',
              code: 'invalid_media_url',
              message: 'Địa chỉ video phải là đường dẫn trên máy chủ hoặc https://.',
            },
          ],
        }),
    });
    const user = userEvent.setup();
    renderApp(`/quan-tri/bai-hoc/${lesson.id}`);
    const title = await screen.findByLabelText('Tên bài học', {}, SLOW);
    await user.clear(title);
    await user.selectOptions(screen.getByLabelText('Dạng bài học'), 'VIDEO');
    await user.click(screen.getByRole('button', { name: 'Lưu bài học' }));
    expect(title).toHaveAccessibleDescription(/Cần từ 1 đến 200 ký tự\./);
    expect(screen.getByLabelText('Địa chỉ video')).toHaveAccessibleDescription(
      /Bài học dạng video cần địa chỉ video\./,
    );
    expect(api.requests.some((r) => r.method === 'PATCH')).toBe(false);

    await user.type(title, 'Xem video hướng dẫn');
    await user.type(screen.getByLabelText('Địa chỉ video'), '/media/huong-dan.mp4');
    await user.click(screen.getByRole('button', { name: 'Lưu bài học' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Địa chỉ video')).toHaveAccessibleDescription(
        /Địa chỉ video phải là đường dẫn trên máy chủ hoặc https:\/\/\./,
      ),
    );
  });
});

describe('revoking a certificate', () => {
  it('finds the certificate, asks for a reason and a confirmation, then revokes it', async () => {
    const api = mockApi({
      'GET /api/v1/admin/certificates/HVS-7K3M-9QXD-4TPR': () => json(certificate),
      'POST /api/v1/admin/certificates/HVS-7K3M-9QXD-4TPR/revoke': (r) =>
        json({
          ...certificate,
          status: 'REVOKED',
          revokedAt: '2026-12-02T09:30:00Z',
          revokedReason: (r.body as { reason: string }).reason,
        }),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/chung-nhan');
    await user.type(await screen.findByLabelText('Mã giấy chứng nhận', {}, SLOW), 'HVS-7K3M-9QXD-4TPR');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('Nguyễn Thị Hoa')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Lý do thu hồi'), 'sai');
    await user.click(screen.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }));
    expect(screen.getByLabelText('Lý do thu hồi')).toHaveAccessibleDescription(/Cần từ 5 đến 500 ký tự\./);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Lý do thu hồi'));
    await user.type(screen.getByLabelText('Lý do thu hồi'), 'Cấp nhầm do lỗi nhập liệu');
    await user.click(screen.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Thu hồi giấy chứng nhận HVS-7K3M-9QXD-4TPR?' });
    // the safe choice has the focus; cancelling sends nothing
    expect(within(dialog).getByRole('button', { name: 'Hủy' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Thu hồi' }));
    expect(await screen.findByText('Đã thu hồi giấy chứng nhận.')).toBeInTheDocument();
    expect(screen.getByText('Đã thu hồi')).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ reason: 'Cấp nhầm do lỗi nhập liệu' });
  });

  it("shows the API's message for a code it does not know", async () => {
    mockApi({
      'GET /api/v1/admin/certificates/HVS-0000-0000-0000': () =>
        problem(404, 'certificate_not_found', 'Không tìm thấy giấy chứng nhận có mã này.'),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/chung-nhan');
    await user.type(await screen.findByLabelText('Mã giấy chứng nhận', {}, SLOW), 'HVS-0000-0000-0000');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('Không tìm thấy giấy chứng nhận có mã này.')).toBeInTheDocument();
  });
});

describe('targets', () => {
  const target = {
    id: targetStatus.targetId,
    name: targetStatus.name,
    learnerGroup: 'ADULTS',
    metric: 'PARTICIPATION_RATE',
    value: 80,
    startsOn: '2025-07-01',
    deadline: '2025-12-31',
    scope: 'EACH_UNIT',
    schoolLevels: null,
  };
  const overview = {
    asOf: '2025-11-11T02:00:00Z',
    items: [
      { target, province: targetStatus, places: { achieved: 3, onTrack: 10, behind: 80, missed: 0, noDenominator: 3 } },
    ],
  };

  /** The targets page with no target yet, the API taking a new one as it is sent. */
  function openNoTargets() {
    const api = mockApi({
      'GET /api/v1/stats/targets': () => reply('TargetOverviewList', { asOf: overview.asOf, items: [] }),
      'POST /api/v1/admin/targets': (r) => json({ id: 'new', ...(r.body as object) }, 201),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/chi-tieu');
    return { api, user };
  }

  /** Fills the new target's form as a person would. */
  async function fillTarget(
    user: UserEvent,
    target: { name: string; group: string; metric: string; value: string; startsOn: string; deadline: string },
  ) {
    await user.type(screen.getByLabelText('Tên chỉ tiêu'), target.name);
    await user.selectOptions(screen.getByLabelText('Đối tượng'), target.group);
    await user.selectOptions(screen.getByLabelText('Chỉ số'), target.metric);
    await user.type(screen.getByLabelText('Giá trị (%)'), target.value);
    await user.type(screen.getByLabelText('Ngày bắt đầu'), target.startsOn);
    await user.type(screen.getByLabelText('Hạn hoàn thành'), target.deadline);
  }

  it('deletes a target only after confirmation', async () => {
    const api = mockApi({
      'GET /api/v1/stats/targets': () => json(overview),
      [`DELETE /api/v1/admin/targets/${target.id}`]: () => json(null, 204),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/chi-tieu');
    await user.click(await screen.findByRole('button', { name: `Xóa chỉ tiêu “${target.name}”` }, SLOW));
    const dialog = screen.getByRole('alertdialog', { name: `Xóa chỉ tiêu “${target.name}”?` });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: `Xóa chỉ tiêu “${target.name}”` }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'DELETE')).toBe(true));
  });

  it('validates a new target as the API does, then sends it', async () => {
    const { api, user } = openNoTargets();
    expect(await screen.findByText('Chưa có chỉ tiêu nào.', {}, SLOW)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thêm chỉ tiêu' }));
    await fillTarget(user, {
      name: '100% CBCCVC được cấp giấy chứng nhận',
      group: 'CBCCVC',
      metric: 'CERTIFIED_RATE',
      value: '120',
      startsOn: '2025-11-20',
      deadline: '2025-11-01',
    });
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(screen.getByLabelText('Giá trị (%)')).toHaveAccessibleDescription(/Tỷ lệ không được quá 100%\./);
    expect(screen.getByLabelText('Hạn hoàn thành')).toHaveAccessibleDescription(/Hạn phải sau ngày bắt đầu\./);

    await user.clear(screen.getByLabelText('Giá trị (%)'));
    await user.type(screen.getByLabelText('Giá trị (%)'), '100');
    await user.clear(screen.getByLabelText('Hạn hoàn thành'));
    await user.type(screen.getByLabelText('Hạn hoàn thành'), '2025-11-30');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await api.sent('POST')).toEqual({
      name: '100% CBCCVC được cấp giấy chứng nhận',
      learnerGroup: 'CBCCVC',
      metric: 'CERTIFIED_RATE',
      value: 100,
      startsOn: '2025-11-20',
      deadline: '2025-11-30',
      scope: 'PROVINCE',
      schoolLevels: null,
    });
  });

  it('restricts a student target to schools from a level up, as the plan does', async () => {
    const { api, user } = openNoTargets();
    await user.click(await screen.findByRole('button', { name: 'Thêm chỉ tiêu' }, SLOW));
    // Only a student target has school levels.
    expect(screen.queryByLabelText('Cấp học')).not.toBeInTheDocument();
    await fillTarget(user, {
      name: '100% học sinh trung học, sinh viên mỗi trường',
      group: 'STUDENT',
      metric: 'CERTIFIED_RATE',
      value: '100',
      startsOn: '2025-07-01',
      deadline: '2025-12-31',
    });
    await user.selectOptions(screen.getByLabelText('Áp dụng cho'), 'EACH_SCHOOL');
    await user.selectOptions(screen.getByLabelText('Cấp học'), 'LOWER_SECONDARY');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await api.sent('POST')).toMatchObject({
      learnerGroup: 'STUDENT',
      scope: 'EACH_SCHOOL',
      schoolLevels: ['LOWER_SECONDARY', 'UPPER_SECONDARY', 'COLLEGE', 'UNIVERSITY'],
    });
  });
});

describe('manager roles', () => {
  const user1 = {
    id: '7d9b1c9e-3c1a-4a43-9a55-0c6f4f3b2a10',
    fullName: 'Trần Văn Nam',
    phone: '+84900000002',
    email: null,
    learnerGroup: 'CBCCVC',
    unit: { code: '21211', name: 'Xã Tịnh Khê', type: 'xã' },
    agency: null,
    organisation: null,
    village: null,
    className: null,
    roles: [{ role: 'LEARNER' }, { role: 'UNIT_MANAGER', unitCode: '21211' }],
    createdAt: '2025-11-01T00:00:00Z',
    largeText: false,
  } satisfies Schemas['Profile'];
  const grant = {
    id: '3f0b3f7e-8a55-4b0e-9d7e-2b9a3c3d1e01',
    role: 'UNIT_MANAGER',
    unitCode: '21211',
    agencyId: null,
    grantedAt: '2025-11-01T00:00:00Z',
  };

  it('searches accounts and revokes a role after confirmation', async () => {
    const api = mockApi({
      'GET /api/v1/admin/users': () =>
        reply('UserPage', { items: [user1], page: 1, size: 10, totalItems: 1, totalPages: 1 }),
      [`GET /api/v1/admin/users/${user1.id}/roles`]: () => json([grant]),
      [`DELETE /api/v1/admin/users/${user1.id}/roles/${grant.id}`]: () => json(null, 204),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/phan-quyen');
    await user.type(await screen.findByLabelText('Tìm tài khoản', {}, SLOW), 'tran van nam');
    await waitFor(() => expect(api.requests.some((r) => r.search.get('q') === 'tran van nam')).toBe(true));
    await user.click(await screen.findByRole('button', { name: /^Phân quyền\s*Trần Văn Nam$/ }));
    const revoke = await screen.findByRole('button', {
      name: 'Thu hồi quyền Quản lý xã, phường (xã, phường mã 21211)',
    });
    await user.click(revoke);
    expect(screen.getByRole('alertdialog', { name: 'Thu hồi quyền của Trần Văn Nam?' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Thu hồi quyền' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'DELETE')).toBe(true));
  });

  it('logs an account out of every device only after confirmation, and says how many sessions ended', async () => {
    const api = mockApi({
      'GET /api/v1/admin/users': () =>
        reply('UserPage', { items: [user1], page: 1, size: 10, totalItems: 1, totalPages: 1 }),
      [`GET /api/v1/admin/users/${user1.id}/roles`]: () => json([grant]),
      [`DELETE /api/v1/admin/users/${user1.id}/sessions`]: () => reply('SessionsEnded', { endedSessions: 2 }),
    });
    const ended = () => api.requests.filter((r) => r.method === 'DELETE' && r.path.endsWith('/sessions'));
    const user = userEvent.setup();
    renderApp('/quan-tri/phan-quyen');
    await user.click(await screen.findByRole('button', { name: /^Phân quyền\s*Trần Văn Nam$/ }, SLOW));
    const logOut = await screen.findByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' });

    // Cancelling sends nothing.
    await user.click(logOut);
    const dialog = screen.getByRole('alertdialog', { name: 'Đăng xuất Trần Văn Nam khỏi mọi thiết bị?' });
    expect(within(dialog).getByText(/Thiết bị đang mở sẽ bị đăng xuất trong vòng 15 phút/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(ended()).toHaveLength(0);

    await user.click(logOut);
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }),
    );
    expect(await screen.findByText('Đã đăng xuất khỏi mọi thiết bị (2 phiên đăng nhập).')).toBeInTheDocument();
    expect(ended()).toHaveLength(1);
  });
});

describe('denominators', () => {
  it('refuses more adults than people before sending, and lists the versions', async () => {
    const api = mockApi({
      'GET /api/v1/units': () =>
        reply('UnitPage', {
          items: [{ code: '21211', name: 'Xã Tịnh Khê', type: 'xã', population: 55956, areaKm2: 46, formerNames: [] }],
          page: 1,
          size: 10,
          totalItems: 1,
          totalPages: 1,
        }),
      'GET /api/v1/admin/units/21211/denominators': () =>
        reply('UnitDenominatorList', {
          unitCode: '21211',
          items: [
            {
              validFrom: '2025-07-01',
              population: 55956,
              adultPopulation: null,
              publicServants: 86,
              estimated: true,
              source: 'units.csv',
              recordedAt: '2025-07-01T00:00:00Z',
            },
          ],
        }),
      'PUT /api/v1/admin/units/21211/denominators': (r) =>
        json({ unitCode: '21211', items: [{ ...(r.body as object), recordedAt: '2026-01-01T00:00:00Z' }] }),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/mau-so');
    await user.type(await screen.findByRole('combobox', {}, SLOW), 'tinh khe');
    await user.click(await screen.findByRole('option', { name: /Xã Tịnh Khê/ }));
    const history = await screen.findByRole('table', { name: 'Các phiên bản đã nhập' });
    expect(within(history).getByText('units.csv')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Áp dụng từ ngày'), '2026-01-01');
    await user.clear(screen.getByLabelText(/^Dân số/));
    await user.type(screen.getByLabelText(/^Dân số/), '56012');
    await user.type(screen.getByLabelText(/^Số người trưởng thành/), '60000');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(screen.getByLabelText(/^Số người trưởng thành/)).toHaveAccessibleDescription(
      /Số người trưởng thành không được lớn hơn dân số\./,
    );
    expect(screen.getByLabelText('Nguồn số liệu')).toHaveAccessibleDescription(/Cần từ 1 đến 500 ký tự\./);
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.clear(screen.getByLabelText(/^Số người trưởng thành/));
    await user.type(screen.getByLabelText(/^Số người trưởng thành/), '40110');
    await user.type(screen.getByLabelText('Nguồn số liệu'), 'Niên giám thống kê 2025');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await api.sent('PUT')).toEqual({
      validFrom: '2026-01-01',
      population: 56012,
      adultPopulation: 40110,
      publicServants: 86,
      estimated: false,
      source: 'Niên giám thống kê 2025',
    });
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { json, mockApi, reply } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { signInAsAdmin } from '@/testing/tokens';

type Schemas = components['schemas'];

const SLOW = { timeout: 15_000 };
const BASIC = '0195a6b0-0000-7000-8000-000000000001';
const SERVANTS = '0195a6b0-0000-7000-8000-000000000002';

function path(group: Schemas['LearnerGroup'], name: string, certifying = BASIC): Schemas['LearningPath'] {
  return {
    learnerGroup: group,
    name,
    certifyingCourseId: certifying,
    courses: [
      {
        position: 1,
        id: BASIC,
        slug: 'ky-nang-so-co-ban',
        title: 'Kỹ năng số cơ bản',
        status: 'PUBLISHED',
        certifying: true,
      },
    ],
    version: 0,
    updatedAt: '2026-11-29T08:00:00Z',
  };
}

const course = (id: string, title: string, status: Schemas['CourseStatus']): Schemas['AdminCourseSummary'] => ({
  id,
  slug: id,
  title,
  provinceCode: null,
  status,
  moduleCount: 6,
  lessonCount: 19,
  activeQuestionCount: 72,
  updatedAt: '2026-11-01T08:00:00Z',
});

beforeEach(() => {
  signInAsAdmin();
});

describe('learning paths', () => {
  it(
    'adds a published course, makes it certify after a confirmation, and sends the path whole',
    { timeout: 30_000 },
    async () => {
      const { requests } = mockApi({
        'GET /api/v1/admin/paths': () =>
          reply('LearningPathList', {
            items: [
              path('CBCCVC', 'Lộ trình cho cán bộ, công chức, viên chức'),
              path('CITIZEN', 'Lộ trình cho người dân'),
            ],
          }),
        'GET /api/v1/admin/courses': () =>
          reply('AdminCoursePage', {
            items: [
              course(BASIC, 'Kỹ năng số cơ bản', 'PUBLISHED'),
              course(SERVANTS, 'Kỹ năng số cho cán bộ, công chức, viên chức', 'PUBLISHED'),
              course('0195a6b0-0000-7000-8000-000000000003', 'Bản nháp', 'DRAFT'),
            ],
            page: 1,
            size: 20,
            totalItems: 3,
            totalPages: 1,
          }),
        'PUT /api/v1/admin/paths/CBCCVC': () =>
          reply('LearningPath', {
            ...path('CBCCVC', 'Lộ trình cho cán bộ, công chức, viên chức', SERVANTS),
            version: 1,
          }),
      });
      const user = userEvent.setup();
      renderApp('/quan-tri/lo-trinh');
      const servants = (await screen.findByRole('heading', { name: 'Cán bộ, công chức, viên chức' }, SLOW)).closest(
        'form',
      )!;
      const form = within(servants as HTMLElement);
      // Only published courses not yet in the path are offered.
      const add = form.getByRole('combobox', { name: 'Thêm khóa học đã xuất bản' });
      expect(within(add).queryByRole('option', { name: 'Bản nháp' })).not.toBeInTheDocument();
      await user.selectOptions(add, SERVANTS);
      await user.click(form.getByRole('button', { name: 'Thêm vào lộ trình' }));
      await user.click(form.getByRole('radio', { name: /Kỹ năng số cho cán bộ/ }));
      await user.click(form.getByRole('button', { name: 'Lưu lộ trình' }));

      const dialog = await screen.findByRole('alertdialog', { name: 'Đổi khóa cấp giấy chứng nhận?' });
      expect(requests.some((r) => r.method === 'PUT')).toBe(false);
      await user.click(within(dialog).getByRole('button', { name: 'Đổi và lưu' }));

      await expect
        .poll(() => requests.find((r) => r.method === 'PUT')?.body)
        .toEqual({
          name: 'Lộ trình cho cán bộ, công chức, viên chức',
          courseIds: [BASIC, SERVANTS],
          certifyingCourseId: SERVANTS,
          version: 0,
        });
    },
  );

  it("shows the API's message when someone else changed the path first", { timeout: 30_000 }, async () => {
    mockApi({
      'GET /api/v1/admin/paths': () =>
        reply('LearningPathList', { items: [path('CITIZEN', 'Lộ trình cho người dân')] }),
      'GET /api/v1/admin/courses': () =>
        reply('AdminCoursePage', { items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }),
      'PUT /api/v1/admin/paths/CITIZEN': () =>
        json(
          {
            type: 'https://hocvuso.quangngai.gov.vn/problems/edit_conflict',
            title: 'Conflict',
            status: 409,
            code: 'edit_conflict',
            detail: 'Nội dung này vừa được người khác thay đổi. Vui lòng tải lại trang rồi thực hiện lại.',
          },
          409,
        ),
    });
    const user = userEvent.setup();
    renderApp('/quan-tri/lo-trinh');
    await user.click(await screen.findByRole('button', { name: 'Lưu lộ trình' }, SLOW));
    expect(
      await screen.findByText('Nội dung này vừa được người khác thay đổi. Vui lòng tải lại trang rồi thực hiện lại.'),
    ).toBeInTheDocument();
  });
});

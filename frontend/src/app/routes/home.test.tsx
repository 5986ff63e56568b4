import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/auth/session';
import { course, COURSE_ID, enrollment, ENROLLMENT_ID, L2, page } from '@/testing/learning-fixtures';
import { json, mockApi, problem, reply } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

describe('home page', () => {
  beforeEach(() => localStorage.clear());

  it('says what the course is and how long it takes, and offers to register or log in', async () => {
    mockApi({ 'GET /api/v1/courses': () => json(page([course])) });
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Học kỹ năng số, miễn phí, ngay trên điện thoại' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Kỹ năng số cơ bản' })).toBeInTheDocument();
    expect(screen.getByText(/Tổng thời gian học: 2 giờ 6 phút/)).toBeInTheDocument();
    expect(screen.getByText(/2 câu trong 30 phút, đạt từ 80%/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đăng ký tài khoản' })).toHaveAttribute('href', '/dang-ky');
    expect(screen.getByRole('link', { name: 'Tôi đã có tài khoản – Đăng nhập' })).toHaveAttribute('href', '/dang-nhap');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('shows each published course in its own card, with one way to register for all of them', async () => {
    const publicService = {
      ...course,
      id: '0195a6b0-0000-7000-8000-000000000002',
      slug: 'ky-nang-so-trong-cong-vu',
      title: 'Kỹ năng số trong công vụ',
      moduleCount: 4,
      lessonCount: 12,
      estimatedMinutes: 87,
      questionCount: 20,
    };
    mockApi({ 'GET /api/v1/courses': () => json(page([course, publicService])) });
    renderApp('/');
    const second = await screen.findByRole('region', { name: 'Kỹ năng số trong công vụ' });
    expect(within(second).getByText('4 chủ đề, 12 bài học ngắn.')).toBeInTheDocument();
    expect(within(second).getByText(/Tổng thời gian học: 1 giờ 27 phút/)).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: 'Xem các bài học' })).toHaveAttribute(
      'href',
      '/khoa-hoc/0195a6b0-0000-7000-8000-000000000002',
    );
    expect(screen.getByRole('region', { name: 'Kỹ năng số cơ bản' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Đăng ký tài khoản' })).toHaveLength(1);
    expect(screen.getAllByRole('link', { name: 'Xem các bài học' })).toHaveLength(2);
  });

  it('lets an enrolled learner continue where they stopped', async () => {
    tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
    mockApi({
      'GET /api/v1/courses': () => json(page([course])),
      'GET /api/v1/enrollments': () => json(page([enrollment()])),
      [`GET /api/v1/enrollments/${ENROLLMENT_ID}/resume`]: () =>
        json({
          enrollmentId: ENROLLMENT_ID,
          courseId: COURSE_ID,
          next: 'LESSON',
          lessonId: L2,
          ordinal: 2,
          title: 'Bài 2',
          kind: 'TEXT',
          percent: 40,
          positionSeconds: 0,
        }),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/');
    expect(await screen.findByText('Đã học xong 1/3 bài (33%)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Học tiếp từ chỗ đã dừng' }));
    await expect.poll(() => router.state.location.pathname).toBe(`/khoa-hoc/${COURSE_ID}/bai/${L2}`);
  });

  it('shows the server error with a retry, and an empty catalogue plainly', async () => {
    let maintenance = true;
    mockApi({
      'GET /api/v1/courses': () =>
        maintenance ? problem(503, 'service_unavailable', 'Hệ thống đang bảo trì.') : json(page([])),
    });
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Hệ thống đang bảo trì.');
    maintenance = false;
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Hiện chưa có khóa học nào mở.')).toBeInTheDocument();
  });

  it('switches to English and remembers the choice', async () => {
    mockApi({ 'GET /api/v1/courses': () => json(page([course])) });
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Learn digital skills, free, on your phone' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('hocvuso.lang')).toBe('en');
  });

  it("shows a logged-in learner their group's path, the certifying course and where they stand", async () => {
    tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
    mockApi({
      'GET /api/v1/courses': () => json(page([course])),
      'GET /api/v1/enrollments': () => json(page([])),
      'GET /api/v1/me/path': () =>
        reply('MyPath', {
          learnerGroup: 'CBCCVC',
          name: 'Lộ trình cho cán bộ, công chức, viên chức',
          certified: false,
          courses: [
            {
              position: 1,
              id: COURSE_ID,
              slug: 'ky-nang-so-co-ban',
              title: 'Kỹ năng số cơ bản',
              certifying: false,
              state: 'CERTIFIED',
              enrollmentId: ENROLLMENT_ID,
              certificateCode: 'HVS-7K3M-9QXD-4TPR',
            },
            {
              position: 2,
              id: '0195a6b0-0000-7000-8000-000000000002',
              slug: 'ky-nang-so-cho-can-bo',
              title: 'Kỹ năng số cho cán bộ, công chức, viên chức',
              certifying: true,
              state: 'NOT_ENROLLED',
              enrollmentId: null,
              certificateCode: null,
            },
          ],
        }),
    });
    renderApp('/');
    const panel = (await screen.findByRole('heading', { level: 2, name: 'Lộ trình học của bạn' })).closest('section')!;
    const items = within(panel).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Kỹ năng số cơ bản');
    expect(items[0]).toHaveTextContent('Đã có giấy chứng nhận');
    expect(items[1]).toHaveTextContent('(khóa cấp giấy chứng nhận kỹ năng số cơ bản)');
    expect(items[1]).toHaveTextContent('Chưa đăng ký học');
    expect(within(panel).getByRole('status')).toHaveTextContent('Học xong và đạt bài kiểm tra của khóa cấp chứng nhận');
    expect(within(items[1]!).getByRole('link')).toHaveAttribute(
      'href',
      '/khoa-hoc/0195a6b0-0000-7000-8000-000000000002',
    );
  });

  it('has a page for unknown addresses', async () => {
    mockApi({});
    renderApp('/khong-co');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toBeInTheDocument();
  });
});

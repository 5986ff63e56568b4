import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tokenStore } from '@/lib/auth/session';
import { COURSE_ID, enrollment, ENROLLMENT_ID, L2, outline } from '@/testing/learning-fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const COURSE = `GET /api/v1/courses/${COURSE_ID}`;

describe('course page', () => {
  beforeEach(() => tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' }));

  it("asks for the header's unread count only once the page's own data has arrived", async () => {
    let answer: (response: Response) => void = () => undefined;
    const api = mockApi({
      [COURSE]: () => new Promise<Response>((resolve) => (answer = resolve)),
      [`GET /api/v1/enrollments/${ENROLLMENT_ID}`]: () => json(enrollment()),
      'GET /api/v1/me/notifications/unread-count': () => json({ unread: 2 }),
    });
    renderApp(`/khoa-hoc/${COURSE_ID}`);
    await vi.waitFor(() => expect(api.requests.some((r) => r.path === `/api/v1/courses/${COURSE_ID}`)).toBe(true));
    // the outline is on its way: the bell waits (on a slow link the page's words come first)
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.requests.some((r) => r.path.endsWith('/unread-count'))).toBe(false);

    answer(json(outline()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kỹ năng số cơ bản' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Thông báo, 2 chưa đọc' })).toBeInTheDocument();
  });

  it('shows every lesson with its state in words and the overall progress', async () => {
    mockApi({
      [COURSE]: () => json(outline()),
      [`GET /api/v1/enrollments/${ENROLLMENT_ID}`]: () => json(enrollment()),
    });
    renderApp(`/khoa-hoc/${COURSE_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kỹ năng số cơ bản' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Tiến độ khóa học' })).toHaveAttribute('aria-valuenow', '33');
    expect(screen.getByText('Đã học xong 1/3 bài (33%)')).toBeInTheDocument();

    const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('lesson-row'));
    expect(rows.map((row) => row.querySelector('.lesson-row__state-text')?.textContent)).toEqual([
      'Đã học xong',
      'Đang học (40%)',
      'Chưa mở',
    ]);
    // open lessons are links; a locked one is not
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', `/khoa-hoc/${COURSE_ID}/bai/${L2}`);
    expect(within(rows[2]!).queryByRole('link')).toBeNull();
    expect(screen.getByText('Mở khi bạn học xong tất cả bài học (còn 2 bài).')).toBeInTheDocument();
  });

  it('enrols a learner who is not enrolled yet', async () => {
    let enrolled = false;
    const api = mockApi({
      [COURSE]: () => json(enrolled ? outline(['OPEN', 'LOCKED', 'LOCKED']) : outline([null, null, null], null)),
      'POST /api/v1/enrollments': () => {
        enrolled = true;
        return json(enrollment({ status: 'ENROLLED', lessonsCompleted: 0, percent: 0, startedAt: null }), 201);
      },
      [`GET /api/v1/enrollments/${ENROLLMENT_ID}`]: () => json(enrollment({ status: 'ENROLLED' })),
    });
    const user = userEvent.setup();
    renderApp(`/khoa-hoc/${COURSE_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Ghi danh vào khóa học' }));
    expect(await screen.findByRole('button', { name: 'Bắt đầu học bài đầu tiên' })).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ courseId: COURSE_ID });
  });

  it('asks a visitor to register or log in, without lesson states', async () => {
    tokenStore.clear();
    mockApi({ [COURSE]: () => json(outline([null, null, null], null)) });
    renderApp(`/khoa-hoc/${COURSE_ID}`);
    expect(await screen.findByText(/Đăng ký hoặc đăng nhập để bắt đầu học/)).toBeInTheDocument();
    expect(screen.queryByText('Chưa mở')).toBeNull();
  });

  it('shows the server message for an unknown course, with a retry', async () => {
    mockApi({ [COURSE]: () => problem(404, 'course_not_found', 'Không tìm thấy khóa học.') });
    renderApp(`/khoa-hoc/${COURSE_ID}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được khóa học.');
    expect(alert).toHaveTextContent('Không tìm thấy khóa học.');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it('shows a loading state first', async () => {
    mockApi({ [COURSE]: () => new Promise(() => undefined) });
    renderApp(`/khoa-hoc/${COURSE_ID}`);
    // The course never answers, so the page's loading state stays. Before it, while the page's chunk is
    // imported, the area's skeleton says "Đang tải…" too: waiting for that text could find the skeleton's,
    // already replaced when asserted (seen under the whole suite). The page's own state is its title with a
    // spinner; how soon it shows is the test runner's load (over the default second under the whole suite).
    const title = await screen.findByRole('heading', { level: 1, name: 'Khóa học' }, { timeout: 5_000 });
    expect(title).toBeInTheDocument();
    expect(within(title.closest('.stack')!).getByRole('status')).toHaveTextContent('Đang tải…');
  });
});

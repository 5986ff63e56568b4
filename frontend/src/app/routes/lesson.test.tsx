import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COURSE_ID, ENROLLMENT_ID, L1, L2, L3, lesson, outline, progressReply } from '@/testing/learning-fixtures';
import { json, mockApi, problem, type RecordedRequest } from '@/testing/mock-api';
import { signedInLearnerWithProgressQueue } from '@/testing/learner-session';
import { renderApp } from '@/testing/render';

const OUTLINE = `GET /api/v1/courses/${COURSE_ID}`;
const lessonRoute = (id: string) => `GET /api/v1/courses/${COURSE_ID}/lessons/${id}`;
const progressRoute = (id: string) => `PUT /api/v1/enrollments/${ENROLLMENT_ID}/lessons/${id}/progress`;

signedInLearnerWithProgressQueue();

describe('lesson page', () => {
  it('renders the Markdown as text, never as HTML', async () => {
    mockApi({ [OUTLINE]: () => json(outline()), [lessonRoute(L1)]: () => json(lesson(L1)) });
    renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L1}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tìm kiếm thông tin trên mạng' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Cách tìm kiếm' })).toBeInTheDocument();
    expect(screen.getByText('thư viện', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Gõ từ khóa.', { selector: 'li' })).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(document.querySelector('.lesson script')).toBeNull();
    expect(screen.getByText('Bài 1/3 · khoảng 6 phút')).toBeInTheDocument();
  });

  it('remembers "large text" on this device, for every page', async () => {
    mockApi({
      [OUTLINE]: () => json(outline()),
      [lessonRoute(L1)]: () => json(lesson(L1)),
      'PATCH /api/v1/me': () => json({}),
    });
    const user = userEvent.setup();
    const view = renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L1}`);
    await screen.findByRole('heading', { level: 1, name: 'Tìm kiếm thông tin trên mạng' });
    const toggle = screen.getByRole('button', { name: /Chữ lớn/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('text-large');
    view.unmount();

    renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L1}`);
    expect(await screen.findByRole('button', { name: /Chữ lớn/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /Chữ lớn/ }));
    expect(document.documentElement).not.toHaveClass('text-large');
  });

  it('completes the lesson and opens the next one', async () => {
    const api = mockApi({
      [OUTLINE]: () => json(outline()),
      [lessonRoute(L1)]: () => json(lesson(L1)),
      [lessonRoute(L2)]: () => json(lesson(L2)),
      [progressRoute(L1)]: () => json(progressReply(L1, 100)),
    });
    const user = userEvent.setup();
    const { router } = renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L1}`);
    await user.click(await screen.findByRole('button', { name: 'Học xong, sang bài tiếp theo' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thông tin trên mạng có đáng tin không?' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/khoa-hoc/${COURSE_ID}/bai/${L2}`);
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.body).toMatchObject({ percent: 100, positionSeconds: null });
    expect((put?.body as { eventId: string }).eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('Đã lưu')).toBeInTheDocument();
  });

  it('keeps progress on the device while offline and sends the same report when the connection returns', async () => {
    let online = false;
    const puts: RecordedRequest[] = [];
    mockApi({
      [OUTLINE]: () => json(outline()),
      [lessonRoute(L1)]: () => json(lesson(L1)),
      [lessonRoute(L2)]: () => json(lesson(L2)),
      [progressRoute(L1)]: (request) => {
        puts.push(request);
        return online ? json(progressReply(L1, 100)) : Promise.reject(new TypeError('Failed to fetch'));
      },
    });
    const user = userEvent.setup();
    renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L1}`);
    await user.click(await screen.findByRole('button', { name: 'Học xong, sang bài tiếp theo' }));

    // the next lesson opens after the queue had its short chance to send (up to 4 s when nothing answers);
    // the status line is drawn anew as the queue moves, so it is looked up afresh on every try
    await waitFor(() => expect(screen.getByText(/Đang chờ đồng bộ/)).toBeInTheDocument(), { timeout: 10_000 });
    const stored = JSON.parse(localStorage.getItem('hocvuso.progress.queue')!);
    expect(stored).toMatchObject([{ enrollmentId: ENROLLMENT_ID, lessonId: L1, percent: 100 }]);

    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByText('Đã lưu')).toBeInTheDocument();
    expect(puts).toHaveLength(2);
    expect((puts[1]!.body as { eventId: string }).eventId).toBe((puts[0]!.body as { eventId: string }).eventId);
    expect(JSON.parse(localStorage.getItem('hocvuso.progress.queue')!)).toEqual([]);
  });

  it('plays a video lesson with Vietnamese captions from the API', async () => {
    mockApi({
      [OUTLINE]: () => json(outline(['COMPLETED', 'COMPLETED', 'OPEN'])),
      [lessonRoute(L3)]: () =>
        json(
          lesson(L3, {
            kind: 'VIDEO',
            videoUrl: '/media/video/goi-video.mp4',
            captionsUrl: '/media/video/goi-video.vi.vtt',
            videoDurationSeconds: 240,
            completionPercent: 90,
            progress: {
              percent: 45,
              positionSeconds: 108,
              completed: false,
              readingSecondsLeft: null,
              watchedPercent: 41,
            },
          }),
        ),
    });
    renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L3}`);
    await screen.findByRole('heading', { level: 1, name: 'Gọi video cho người thân' });
    const video = document.querySelector('video')!;
    expect(video.getAttribute('src')).toBe('http://localhost:8080/media/video/goi-video.mp4');
    const track = video.querySelector('track')!;
    expect(track).toHaveAttribute('kind', 'captions');
    expect(track).toHaveAttribute('srclang', 'vi');
    expect(track.getAttribute('src')).toBe('http://localhost:8080/media/video/goi-video.vi.vtt');
    expect(screen.getByText('Bạn đã học 45% bài này')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Học xong, đến bài kiểm tra cuối khóa' })).toBeInTheDocument();
  });

  it('says when a lesson is not open yet, in the server words', async () => {
    mockApi({
      [OUTLINE]: () => json(outline()),
      [lessonRoute(L3)]: () => problem(409, 'lesson_locked', 'Bài học này chưa mở. Bạn cần học xong bài trước đó.'),
    });
    renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L3}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bài học này chưa mở');
    expect(alert).toHaveTextContent('Bạn cần học xong bài trước đó.');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Về trang khóa học' })).toBeInTheDocument());
  });
});

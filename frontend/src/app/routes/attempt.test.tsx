import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/auth/session';
import {
  attempt,
  ATTEMPT_ID,
  COURSE_ID,
  enrollment,
  ENROLLMENT_ID,
  outline,
  Q1,
  result,
} from '@/testing/learning-fixtures';
import { json, mockApi, problem, type RecordedRequest } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const GET = `GET /api/v1/quiz-attempts/${ATTEMPT_ID}`;
const ANSWERS = `PUT /api/v1/quiz-attempts/${ATTEMPT_ID}/answers`;
const SUBMIT = `POST /api/v1/quiz-attempts/${ATTEMPT_ID}/submit`;
const ENROLMENT = `GET /api/v1/enrollments/${ENROLLMENT_ID}`;
const saved = (answered: number) => ({
  attemptId: ATTEMPT_ID,
  answered,
  questionCount: 2,
  deadlineAt: attempt().deadlineAt,
});

beforeEach(() => tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' }));

describe('the final test', () => {
  it('shows the countdown and saves each answer through the answers endpoint', async () => {
    const api = mockApi({
      [GET]: () => json(attempt()),
      [ENROLMENT]: () => json(enrollment()),
      [ANSWERS]: () => json(saved(1)),
    });
    const user = userEvent.setup();
    renderApp(`/bai-kiem-tra/${ATTEMPT_ID}`);
    expect(await screen.findByRole('timer')).toHaveTextContent(/^2[89]:\d\d$/);
    // one question at a time by default
    expect(screen.getByRole('group', { name: /Câu 1\/2/ })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Câu 2\/2/ })).toBeNull();

    await user.click(screen.getByLabelText('Vài từ khóa ngắn, chính xác'));
    expect(await screen.findByText(/Đã lưu câu trả lời/)).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
      { answers: [{ questionId: Q1, optionId: 'a' }] },
    ]);
    expect(screen.getAllByText(/Đã trả lời 1\/2 câu/).length).toBeGreaterThan(0);
  });

  it('shows every question on one page when the learner prefers, and remembers it', async () => {
    mockApi({ [GET]: () => json(attempt()), [ENROLMENT]: () => json(enrollment()) });
    const user = userEvent.setup();
    const view = renderApp(`/bai-kiem-tra/${ATTEMPT_ID}`);
    await user.click(await screen.findByLabelText('Tất cả câu trên một trang'));
    expect(screen.getByRole('group', { name: /Câu 2\/2/ })).toBeInTheDocument();
    view.unmount();
    renderApp(`/bai-kiem-tra/${ATTEMPT_ID}`);
    expect(await screen.findByRole('group', { name: /Câu 2\/2/ })).toBeInTheDocument();
  });

  it('keeps an answer that could not be saved, on the device, and saves it when the connection returns', async () => {
    let online = false;
    const puts: RecordedRequest[] = [];
    mockApi({
      [GET]: () => json(attempt()),
      [ENROLMENT]: () => json(enrollment()),
      [ANSWERS]: (request) => {
        puts.push(request);
        return online ? json(saved(1)) : Promise.reject(new TypeError('Failed to fetch'));
      },
    });
    const user = userEvent.setup();
    renderApp(`/bai-kiem-tra/${ATTEMPT_ID}`);
    await user.click(await screen.findByLabelText('Vài từ khóa ngắn, chính xác'));
    expect(await screen.findByText(/Chưa lưu được/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(`hocvuso.quiz.${ATTEMPT_ID}`)!)).toEqual({ [Q1]: 'a' });

    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByText(/Đã lưu câu trả lời/)).toBeInTheDocument();
    expect(puts.at(-1)?.body).toEqual({ answers: [{ questionId: Q1, optionId: 'a' }] });
    expect(localStorage.getItem(`hocvuso.quiz.${ATTEMPT_ID}`)).toBeNull();
  });

  it('asks before submitting; going back submits nothing', async () => {
    const api = mockApi({
      [GET]: () => json(attempt()),
      [ENROLMENT]: () => json(enrollment()),
      [SUBMIT]: () => json(result(false)),
    });
    const user = userEvent.setup();
    renderApp(`/bai-kiem-tra/${ATTEMPT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Nộp bài' }));
    const dialog = screen.getByRole('dialog', { name: 'Bạn muốn nộp bài?' });
    expect(dialog).toHaveTextContent('Bạn đã trả lời 0/2 câu.');
    expect(dialog).toHaveTextContent('Các câu chưa trả lời: 1, 2.');
    expect(within(dialog).getByRole('button', { name: 'Nộp bài' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Quay lại làm tiếp' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Nộp bài' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('submits after confirmation and shows the result per module, with the certificate when passed', async () => {
    mockApi({
      [GET]: () => json(attempt()),
      [ENROLMENT]: () => json(enrollment()),
      [ANSWERS]: () => json(saved(2)),
      [SUBMIT]: () => json(result(true)),
    });
    const user = userEvent.setup();
    renderApp(`/bai-kiem-tra/${ATTEMPT_ID}`);
    await user.click(await screen.findByLabelText('Tất cả câu trên một trang'));
    await user.click(screen.getByLabelText('Vài từ khóa ngắn, chính xác'));
    await user.click(screen.getByLabelText('Mua2Lua#SonTinh'));
    await user.click(screen.getByRole('button', { name: 'Nộp bài' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Nộp bài' }));

    expect(await screen.findByText('Chúc mừng! Bạn đã đạt bài kiểm tra.')).toBeInTheDocument();
    expect(screen.getByText('Điểm của bạn: 100% (2/2 câu đúng).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem giấy chứng nhận' })).toHaveAttribute(
      'href',
      '/chung-nhan-cua-toi/HVS-7K3M-9QXD-4TPR',
    );
  });

  it('shows a failed result with the topics to review and a way to try again', async () => {
    mockApi({
      [GET]: () => json(attempt({ status: 'SUBMITTED', result: result(false) })),
      [ENROLMENT]: () => json(enrollment()),
    });
    renderApp(`/bai-kiem-tra/${ATTEMPT_ID}`);
    expect(await screen.findByText('Bạn chưa đạt lần này.')).toBeInTheDocument();
    const weak = screen.getByText('An toàn trong môi trường số').closest('li')!;
    expect(weak).toHaveTextContent('0/1 câu đúng');
    expect(weak).toHaveTextContent('Nên ôn lại chủ đề này');
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Làm lại bài kiểm tra' })).toHaveAttribute(
        'href',
        `/khoa-hoc/${COURSE_ID}/kiem-tra`,
      ),
    );
  });

  it('submits by itself when the time is up, with the answers already saved', async () => {
    const api = mockApi({
      [GET]: () => json(attempt({ status: 'EXPIRED', deadlineAt: new Date(Date.now() - 1000).toISOString() })),
      [ENROLMENT]: () => json(enrollment()),
      [SUBMIT]: () => json(result(false)),
    });
    renderApp(`/bai-kiem-tra/${ATTEMPT_ID}`);
    expect(await screen.findByText('Bạn chưa đạt lần này.')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('shows why an attempt cannot be loaded', async () => {
    mockApi({ [GET]: () => problem(404, 'attempt_not_found', 'Không tìm thấy bài làm.') });
    renderApp(`/bai-kiem-tra/${ATTEMPT_ID}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tìm thấy bài làm.');
  });
});

describe('the final test start page', () => {
  it('starts (or resumes) an attempt once every lesson is done', async () => {
    const api = mockApi({
      [`GET /api/v1/courses/${COURSE_ID}`]: () => json(outline(['COMPLETED', 'COMPLETED', 'COMPLETED'])),
      [ENROLMENT]: () => json(enrollment({ status: 'LESSONS_COMPLETED', lessonsCompleted: 3, percent: 100 })),
      [`POST /api/v1/enrollments/${ENROLLMENT_ID}/quiz-attempts`]: () => json(attempt(), 201),
      [GET]: () => json(attempt()),
    });
    const user = userEvent.setup();
    const { router } = renderApp(`/khoa-hoc/${COURSE_ID}/kiem-tra`);
    expect(
      await screen.findByText('Thời gian làm bài: 30 phút. Đồng hồ đếm ngược luôn hiện trên màn hình.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bắt đầu làm bài' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/bai-kiem-tra/${ATTEMPT_ID}`));
    expect(api.requests.some((r) => r.method === 'POST')).toBe(true);
  });

  it('shows the server reason when the test cannot start', async () => {
    mockApi({
      [`GET /api/v1/courses/${COURSE_ID}`]: () => json(outline(['COMPLETED', 'COMPLETED', 'COMPLETED'])),
      [ENROLMENT]: () => json(enrollment({ attemptsUsed: 1 })),
      [`POST /api/v1/enrollments/${ENROLLMENT_ID}/quiz-attempts`]: () =>
        problem(429, 'attempt_cooldown', 'Bạn có thể làm lại bài kiểm tra sau 1800 giây nữa.', {
          retryAfterSeconds: 1800,
        }),
    });
    const user = userEvent.setup();
    renderApp(`/khoa-hoc/${COURSE_ID}/kiem-tra`);
    await user.click(await screen.findByRole('button', { name: 'Làm lại bài kiểm tra' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bạn có thể làm lại bài kiểm tra sau 1800 giây nữa.');
  });

  it('sends a learner with lessons left back to them', async () => {
    mockApi({ [`GET /api/v1/courses/${COURSE_ID}`]: () => json(outline()), [ENROLMENT]: () => json(enrollment()) });
    renderApp(`/khoa-hoc/${COURSE_ID}/kiem-tra`);
    expect(await screen.findByText('Bạn còn 2 bài chưa học xong')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bắt đầu làm bài' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Học tiếp từ chỗ đã dừng' })).toBeInTheDocument();
  });
});

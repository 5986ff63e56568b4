import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  ATTEMPT_ID,
  COURSE_ID,
  enrollment,
  ENROLLMENT_ID,
  L1,
  lesson,
  outline,
  Q1,
  Q2,
} from '@/testing/learning-fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { signedInLearnerWithProgressQueue } from '@/testing/learner-session';
import { renderApp } from '@/testing/render';

const OUTLINE = `GET /api/v1/courses/${COURSE_ID}`;
const ENROLMENT = `GET /api/v1/enrollments/${ENROLLMENT_ID}`;
const STATUS = `GET /api/v1/enrollments/${ENROLLMENT_ID}/quiz-status`;
const REVIEW = `GET /api/v1/quiz-attempts/${ATTEMPT_ID}/review`;
const MODULE = '0195a6b0-0000-7000-8001-000000000004';
const PRACTICE = `GET /api/v1/enrollments/${ENROLLMENT_ID}/modules/${MODULE}/practice`;
const CHECK = `POST /api/v1/enrollments/${ENROLLMENT_ID}/modules/${MODULE}/practice/check`;
const done = outline(['COMPLETED', 'COMPLETED', 'COMPLETED']);

function status(extra: Record<string, unknown>) {
  return {
    enrollmentId: ENROLLMENT_ID,
    state: 'READY',
    attemptsUsed: 3,
    attemptsAllowed: 3,
    attemptsLeft: 0,
    afterLastAttempt: 'COOLDOWN',
    retakeCooldownMinutes: 1440,
    nextAttemptAt: null,
    ...extra,
  };
}

function review(hidden: boolean) {
  const options = [
    { id: 'c', text: '15031960 (ngày sinh)' },
    { id: 'a', text: 'Mua2Lua#SonTinh' },
  ];
  return {
    attemptId: ATTEMPT_ID,
    enrollmentId: ENROLLMENT_ID,
    courseId: COURSE_ID,
    attemptNo: 3,
    scorePercent: 50,
    passed: false,
    answersHidden: hidden,
    items: [
      {
        position: 1,
        questionId: Q1,
        moduleId: '0195a6b0-0000-7000-8001-000000000001',
        moduleTitle: 'Khai thác dữ liệu và thông tin',
        prompt: 'Muốn tìm lịch tiêm chủng, nên gõ gì?',
        options: [
          { id: 'b', text: 'Một câu thật dài' },
          { id: 'a', text: 'Vài từ khóa ngắn, chính xác' },
        ],
        chosenOptionId: 'a',
        correct: true,
        correctOptionId: hidden ? null : 'a',
        explanation: 'Công cụ tìm kiếm hiểu từ khóa ngắn tốt hơn.',
      },
      {
        position: 2,
        questionId: Q2,
        moduleId: MODULE,
        moduleTitle: 'An toàn trong môi trường số',
        prompt: 'Mật khẩu nào sau đây mạnh nhất?',
        options,
        chosenOptionId: 'c',
        correct: false,
        correctOptionId: hidden ? null : 'a',
        explanation: hidden ? null : 'Ngày sinh dễ đoán; mật khẩu mạnh dài và trộn nhiều loại ký tự.',
      },
    ],
  };
}

signedInLearnerWithProgressQueue();

describe('second chances on the final test page', () => {
  /** The final test page of a learner who used their three attempts, the API saying what comes next. */
  function openAfterThreeAttempts(next: Record<string, unknown>) {
    mockApi({
      [OUTLINE]: () => json(done),
      [ENROLMENT]: () => json(enrollment({ attemptsUsed: 3, lessonsCompleted: 3 })),
      [STATUS]: () => json(status(next)),
    });
    renderApp(`/khoa-hoc/${COURSE_ID}/kiem-tra`);
  }

  it('says when the new set of attempts opens, instead of a start button', async () => {
    openAfterThreeAttempts({ state: 'WAITING_FOR_NEW_SET', nextAttemptAt: '2026-12-01T01:41:00Z' });
    expect(await screen.findByText('Bạn đã dùng hết 3 lượt làm bài.')).toBeInTheDocument();
    // 01:41 UTC is 08:41 in Vietnam
    expect(
      screen.getByText(/Bạn sẽ được làm lại từ 08:41.*1\/12\/2026 \(sau 24 giờ kể từ lần làm bài cuối\)/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Làm bài/ })).toBeNull();
  });

  it('sends the learner to their commune manager where only a manager can give another attempt', async () => {
    openAfterThreeAttempts({ state: 'WAITING_FOR_MANAGER', afterLastAttempt: 'MANAGER' });
    expect(await screen.findByText(/Hãy liên hệ cán bộ quản lý của xã, phường nơi bạn ở/)).toBeInTheDocument();
  });
});

describe('reviewing an attempt', () => {
  it('shows each answer, the right one and the explanation, and leads to practice of the weak module', async () => {
    mockApi({ [REVIEW]: () => json(review(false)) });
    renderApp(`/bai-kiem-tra/${ATTEMPT_ID}/xem-lai`);
    const wrong = await screen.findByRole('listitem', {
      name: /Chưa đúng\. Câu 2\/2: Mật khẩu nào sau đây mạnh nhất\?/,
    });
    expect(within(wrong).getByText('15031960 (ngày sinh)', { exact: false })).toHaveTextContent('(bạn chọn)');
    expect(within(wrong).getByText('Mua2Lua#SonTinh', { exact: false })).toHaveTextContent('(đáp án đúng)');
    expect(within(wrong).getByText(/Ngày sinh dễ đoán/)).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: /Đúng\. Câu 1\/2/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ôn tập chủ đề “An toàn trong môi trường số”' })).toHaveAttribute(
      'href',
      `/khoa-hoc/${COURSE_ID}/on-tap/${MODULE}`,
    );
  });

  it('says the right answers come after passing when the course hides them', async () => {
    mockApi({ [REVIEW]: () => json(review(true)) });
    renderApp(`/bai-kiem-tra/${ATTEMPT_ID}/xem-lai`);
    expect(
      await screen.findByText(/Đáp án đúng và lời giải thích của các câu sai sẽ hiện khi bạn đạt/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/đáp án đúng\)/)).toBeNull();
    expect(screen.queryByText(/Ngày sinh dễ đoán/)).toBeNull();
  });
});

describe('practising a module', () => {
  it('checks each answer at once with its explanation, and counts the round', async () => {
    const api = mockApi({
      [OUTLINE]: () => json(done),
      [PRACTICE]: () =>
        json({
          enrollmentId: ENROLLMENT_ID,
          moduleId: MODULE,
          moduleTitle: 'An toàn trong môi trường số',
          questions: [
            { questionId: Q2, prompt: 'Mật khẩu nào sau đây mạnh nhất?', options: review(false).items[1]!.options },
          ],
        }),
      [CHECK]: () =>
        json({
          questionId: Q2,
          optionId: 'c',
          correct: false,
          correctOptionId: 'a',
          explanation: 'Ngày sinh dễ đoán.',
        }),
    });
    const user = userEvent.setup();
    renderApp(`/khoa-hoc/${COURSE_ID}/on-tap/${MODULE}`);
    expect(await screen.findByText(/không tính giờ và không tính điểm/)).toBeInTheDocument();
    await user.click(screen.getByLabelText('15031960 (ngày sinh)'));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra câu trả lời' }));
    expect(await screen.findByText('Đáp án đúng: Mua2Lua#SonTinh')).toBeInTheDocument();
    expect(screen.getByText('Ngày sinh dễ đoán.')).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ questionId: Q2, optionId: 'c' });
    await user.click(screen.getByRole('button', { name: 'Xem kết quả ôn tập' }));
    expect(await screen.findByText('Bạn trả lời đúng 0/1 câu.')).toBeInTheDocument();
  });
});

describe('plausible completion of a reading lesson', () => {
  it('explains the minimum time with what is left, and does not move on before it', async () => {
    const api = mockApi({
      [OUTLINE]: () => json(outline(['IN_PROGRESS', 'LOCKED', 'LOCKED'])),
      [`GET /api/v1/courses/${COURSE_ID}/lessons/${L1}`]: () =>
        json(
          lesson(L1, {
            minReadingSeconds: 120,
            progress: {
              percent: 40,
              positionSeconds: 0,
              completed: false,
              readingSecondsLeft: 95,
              watchedPercent: null,
            },
          }),
        ),
      [`PUT /api/v1/enrollments/${ENROLLMENT_ID}/lessons/${L1}/progress`]: () =>
        json({
          lessonId: L1,
          percent: 100,
          positionSeconds: 0,
          completed: false,
          completedAt: null,
          applied: true,
          readingSecondsLeft: 90,
          watchedPercent: null,
        }),
    });
    const user = userEvent.setup();
    const { router } = renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L1}`);
    expect(
      await screen.findByText(/Bài đọc này cần ít nhất 2 phút để được tính là học xong\. Còn 1:3\d nữa\./),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Học xong, sang bài tiếp theo' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true));
    // said as a status, where the learner pressed the button, and the page stays on this lesson
    expect(screen.getByText(/Bài đọc này cần ít nhất 2 phút/)).toHaveAttribute('role', 'status');
    expect(router.state.location.pathname).toBe(`/khoa-hoc/${COURSE_ID}/bai/${L1}`);
  });
});

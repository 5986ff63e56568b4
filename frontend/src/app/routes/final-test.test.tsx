import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { progressQueue } from '@/features/learning';
import { COURSE_ID, ENROLLMENT_ID, L3, enrollment, outline, page, progressReply } from '@/testing/learning-fixtures';
import { json, mockApi, reply } from '@/testing/mock-api';
import { signedInLearnerWithProgressQueue } from '@/testing/learner-session';
import { renderApp } from '@/testing/render';

signedInLearnerWithProgressQueue();

const readyStatus = {
  enrollmentId: ENROLLMENT_ID,
  state: 'READY',
  attemptsUsed: 0,
  attemptsAllowed: 3,
  attemptsLeft: 3,
  afterLastAttempt: 'COOLDOWN',
  retakeCooldownMinutes: 1440,
  nextAttemptAt: null,
} as const;

describe('final test page', () => {
  it('asks for the outline and the learner’s enrolments at once, not for the enrolment after the outline named it', async () => {
    const passed = enrollment({
      passedAt: '2026-11-25T09:00:00Z',
      bestScorePercent: 90,
      attemptsUsed: 1,
      certificateCode: 'HVS-7K3M-9QXD-4TPR',
    });
    const api = mockApi({
      // answered only once the list has been asked for too: asked one after the other, the outline fails
      [`GET /api/v1/courses/${COURSE_ID}`]: async () => {
        await waitFor(() => expect(api.requests.map((r) => r.path)).toContain('/api/v1/enrollments'));
        return json(outline(['COMPLETED', 'COMPLETED', 'COMPLETED']));
      },
      'GET /api/v1/enrollments': () => reply('EnrollmentPage', page([passed])),
      [`GET /api/v1/enrollments/${ENROLLMENT_ID}/quiz-status`]: () =>
        reply('QuizStatus', {
          enrollmentId: ENROLLMENT_ID,
          state: 'PASSED',
          attemptsUsed: 1,
          attemptsAllowed: 3,
          attemptsLeft: 2,
          afterLastAttempt: 'COOLDOWN',
          retakeCooldownMinutes: 1440,
          nextAttemptAt: null,
        }),
    });
    renderApp(`/khoa-hoc/${COURSE_ID}/kiem-tra`);
    expect(await screen.findByText('Bạn đã đạt bài kiểm tra (90%).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem giấy chứng nhận' })).toBeInTheDocument();
    // the enrolment itself was never asked for: the list answered it
    expect(api.requests.map((r) => r.path)).not.toContain(`/api/v1/enrollments/${ENROLLMENT_ID}`);
  });

  it('offers the test once the last lesson’s report is through, though the outline and status shown were read before it', async () => {
    // the outline and the test's status on their way when the learner tapped "done" on the last lesson: they
    // answer without that lesson
    let lastLesson: 'IN_PROGRESS' | 'COMPLETED' = 'IN_PROGRESS';
    mockApi({
      [`GET /api/v1/courses/${COURSE_ID}`]: () => json(outline(['COMPLETED', 'COMPLETED', lastLesson])),
      'GET /api/v1/enrollments': () => reply('EnrollmentPage', page([enrollment()])),
      [`GET /api/v1/enrollments/${ENROLLMENT_ID}`]: () => reply('Enrollment', enrollment()),
      [`GET /api/v1/enrollments/${ENROLLMENT_ID}/quiz-status`]: () =>
        reply('QuizStatus', { ...readyStatus, state: lastLesson === 'COMPLETED' ? 'READY' : 'LESSONS_INCOMPLETE' }),
      [`PUT /api/v1/enrollments/${ENROLLMENT_ID}/lessons/${L3}/progress`]: () => {
        lastLesson = 'COMPLETED';
        return json(progressReply(L3, 100));
      },
    });
    renderApp(`/khoa-hoc/${COURSE_ID}/kiem-tra`);
    expect(await screen.findByText('Bạn còn 1 bài chưa học xong')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bắt đầu làm bài' })).not.toBeInTheDocument();

    await act(() => progressQueue.report({ enrollmentId: ENROLLMENT_ID, lessonId: L3, percent: 100 }));

    expect(await screen.findByRole('button', { name: 'Bắt đầu làm bài' })).toBeInTheDocument();
    expect(screen.queryByText('Bạn còn 1 bài chưa học xong')).not.toBeInTheDocument();
  });
});

import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/auth/session';
import { COURSE_ID, ENROLLMENT_ID, enrollment, outline, page } from '@/testing/learning-fixtures';
import { json, mockApi, reply } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

beforeEach(() => {
  tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
});

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
});

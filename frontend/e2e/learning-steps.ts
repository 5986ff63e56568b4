import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { apiCall, apiLogin, attemptKey, uniquePhone, WEB_URL } from './support';

/** Steps of the learner's journey that several scenarios take through the API, or the same way in a page. */
export const LEARNER_PASSWORD = 'hoc-ky-nang-moi-ngay-2025';

export interface Lesson {
  id: string;
  kind: string;
  title: string;
}

/** A new citizen of Xã Tịnh Khê, logged in through the API, with the seeded course and its lessons in order. */
export async function newLearner(fullName: string) {
  const phone = uniquePhone();
  const learner = await apiCall<{ id: string }>('POST', '/api/v1/auth/register', null, {
    fullName,
    phone,
    password: LEARNER_PASSWORD,
    learnerGroup: 'CITIZEN',
    unitCode: '21211',
  });
  const token = await apiLogin(phone, LEARNER_PASSWORD);
  const courseId = (await apiCall<{ items: { id: string }[] }>('GET', '/api/v1/courses', token)).items[0]!.id;
  const outline = await apiCall<{ modules: { lessons: Lesson[] }[] }>('GET', `/api/v1/courses/${courseId}`, token);
  return { id: learner.id, phone, token, courseId, lessons: outline.modules.flatMap((m) => m.lessons) };
}

/** Enrols and reports each of `lessons` complete. */
export async function enrolAndStudy(token: string, courseId: string, lessons: Lesson[]): Promise<string> {
  const enrollment = await apiCall<{ id: string }>('POST', '/api/v1/enrollments', token, { courseId });
  for (const lesson of lessons) {
    await apiCall('PUT', `/api/v1/enrollments/${enrollment.id}/lessons/${lesson.id}/progress`, token, {
      eventId: randomUUID(),
      percent: 100,
      positionSeconds: null,
    });
  }
  return enrollment.id;
}

/** Three attempts at the final test, every answer wrong; returns the last attempt's id. */
export async function failThreeTimes(token: string, enrollmentId: string): Promise<string> {
  let last = '';
  for (let i = 0; i < 3; i++) {
    const attempt = await apiCall<{ id: string }>('POST', `/api/v1/enrollments/${enrollmentId}/quiz-attempts`, token);
    const answers = attemptKey(attempt.id).map((q) => ({
      questionId: q.questionId,
      optionId: q.options.find((o) => o !== q.correct)!,
    }));
    await apiCall('PUT', `/api/v1/quiz-attempts/${attempt.id}/answers`, token, { answers });
    await apiCall('POST', `/api/v1/quiz-attempts/${attempt.id}/submit`, token);
    last = attempt.id;
  }
  return last;
}

/** Logs in through the login page of `webUrl` and waits for the account page. */
export async function logInPage(page: Page, login: string, webUrl = WEB_URL) {
  await page.goto(`${webUrl}/dang-nhap`);
  await page.getByLabel('Số điện thoại hoặc email').fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(LEARNER_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
}

/** On an open attempt's page: every question answered rightly (the key from the database), submitted, passed. */
export async function passTheOpenAttempt(page: Page) {
  const attemptId = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByLabel('Tất cả câu trên một trang').check();
  for (const q of attemptKey(attemptId)) {
    await page.locator(`input[name="q-${q.questionId}"][value="${q.correct}"]`).check();
  }
  await page.getByText(/Đã lưu câu trả lời · Đã trả lời 20\/20 câu/).waitFor();
  await page.getByRole('button', { name: 'Nộp bài' }).click();
  await page.getByRole('dialog', { name: 'Bạn muốn nộp bài?' }).getByRole('button', { name: 'Nộp bài' }).click();
  await page.getByText('Chúc mừng! Bạn đã đạt bài kiểm tra.').waitFor();
}

import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolAndStudy, failThreeTimes, logInPage, newLearner, passTheOpenAttempt } from './learning-steps';
import { expectAccessible, launchBrowser, newVisitor, WEB_URL } from './support';

/**
 * The wait after the last attempt (issue 12): a learner fails three times, waits out the course's cooldown
 * (24 hours, moved on the API's clock through E2E_CLOCK_FILE, never slept), and passes. The manager's grant
 * is retake.e2e.ts.
 */
const CLOCK_FILE = process.env.E2E_CLOCK_FILE ?? '';

let browser: Browser;

/** Moves the API's clock: the real time plus an ISO-8601 duration (common/Clocks.java reads it within 100 ms). */
function moveApiClock(duration: string) {
  writeFileSync(CLOCK_FILE, duration);
}

beforeAll(async () => {
  if (!CLOCK_FILE) throw new Error('E2E_CLOCK_FILE is not set: run the tests through scripts/e2e.sh.');
  browser = await launchBrowser();
});

afterAll(async () => {
  moveApiClock('PT0S');
  await browser?.close();
});

describe('the wait after the last attempt', () => {
  it('fails three times, waits out the cooldown and passes', { timeout: 300_000 }, async () => {
    const learner = await newLearner('Trần Văn Chờ Đợi');
    const enrollmentId = await enrolAndStudy(learner.token, learner.courseId, learner.lessons);
    await failThreeTimes(learner.token, enrollmentId);
    const courseId = learner.courseId;

    const { context, page } = await newVisitor(browser);
    await logInPage(page, learner.phone);

    // every attempt used: the page says when the test opens again, and offers no way to start it
    await page.goto(`${WEB_URL}/khoa-hoc/${courseId}/kiem-tra`);
    await page.getByText('Bạn đã dùng hết 3 lượt làm bài.').waitFor();
    await page.getByText(/Bạn sẽ được làm lại từ .* \(sau 24 giờ kể từ lần làm bài cuối\)/).waitFor();
    expect(await page.getByRole('button', { name: /Làm lại bài kiểm tra|Bắt đầu làm bài/ }).count()).toBe(0);

    // a day and a minute later (on the API's clock): a new set of attempts is open
    moveApiClock('PT24H1M');
    await page.reload();
    const start = page.getByRole('button', { name: /Làm lại bài kiểm tra|Bắt đầu làm bài/ });
    await start.waitFor();
    await expectAccessible(page, 'final test, the wait is over');
    await start.click();
    await page.waitForURL(/\/bai-kiem-tra\/[0-9a-f-]{36}$/);
    await passTheOpenAttempt(page);
    await context.close();
  });
});

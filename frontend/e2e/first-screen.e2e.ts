import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolAndStudy, LEARNER_PASSWORD, newLearner } from './learning-steps';
import { apiCall, expectAccessible, launchBrowser } from './support';

/**
 * A course's page through the production web server with the API proxied on the app's origin
 * (scripts/e2e.sh starts it): nginx includes the public outline into the HTML and the inline script draws
 * the course's title and description before any of the app's code (src/app/first-screen.ts). The app's
 * code is held back here, so what shows is the first paint alone; the CSP that
 * docker-entrypoint.d/40-config.sh writes must allow the script by its hash, or nothing is drawn.
 */
const NGINX_SAME_ORIGIN_URL = (process.env.E2E_NGINX_SAME_ORIGIN_URL ?? '').replace(/\/+$/, '');

let browser: Browser;

beforeAll(async () => {
  if (!NGINX_SAME_ORIGIN_URL)
    throw new Error('E2E_NGINX_SAME_ORIGIN_URL is not set: run the tests through scripts/e2e.sh.');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("a course's first screen from the HTML alone", () => {
  it("shows the course's title and description before the app's code, then the app draws the same", async () => {
    const courses = await apiCall<{ items: { id: string; title: string; description: string }[] }>(
      'GET',
      '/api/v1/courses?page=1&size=20',
      null,
    );
    const course = courses.items[0]!;
    // nginx waits one second at most for the API (then the app draws the page): a cold API on a loaded
    // machine is slower than that the first time, which is that fallback, tested below
    for (let i = 0; i < 3; i++) await fetch(`${NGINX_SAME_ORIGIN_URL}/api/v1/courses/${course.id}`);
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/.test(message.text())) refused.push(message.text());
    });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await held;
      await route.continue();
    });

    await page.goto(`${NGINX_SAME_ORIGIN_URL}/khoa-hoc/${course.id}`, { waitUntil: 'commit' });
    await expect.poll(() => page.locator('main h1').textContent()).toBe(course.title);
    expect(await page.locator('main p').first().textContent()).toBe(course.description);
    expect(await page.title()).toBe(`${course.title} – Học vụ số`);
    expect(refused).toEqual([]);

    release();
    await page.getByRole('link', { name: 'Đăng ký' }).first().waitFor();
    // the app's page replaces the first screen once its loader has the course: on a loaded machine that takes
    // longer than expect.poll's one second, so wait as Playwright does (its action timeout)
    await page.locator('main .card').first().waitFor();
    expect(await page.locator('main h1').textContent()).toBe(course.title);
    await expectAccessible(page, 'course, first screen then the app');
    expect(refused).toEqual([]);
    await context.close();
  });

  it("draws a lesson's title and text for a logged-in learner before the app's code, then the app draws the same", async () => {
    const learner = await newLearner('Lê Văn Đọc Trước');
    await enrolAndStudy(learner.token, learner.courseId, []);
    const lesson = learner.lessons[0]!;
    const { refreshToken } = await apiCall<{ refreshToken: string }>('POST', '/api/v1/auth/login', null, {
      login: learner.phone,
      password: LEARNER_PASSWORD,
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/.test(message.text())) refused.push(message.text());
    });
    // a session on this device, as the app keeps it: the entry restores it, then asks for the lesson
    await page.goto(`${NGINX_SAME_ORIGIN_URL}/manifest.webmanifest`);
    await page.evaluate((token) => localStorage.setItem('hocvuso.refresh', token), refreshToken);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // the app itself held back; the entry and the lesson's small drawing module go through
    await page.route('**/assets/boot-*.js', async (route) => {
      await held;
      await route.continue();
    });

    await page.goto(`${NGINX_SAME_ORIGIN_URL}/khoa-hoc/${learner.courseId}/bai/${lesson.id}`, { waitUntil: 'commit' });
    await expect.poll(() => page.locator('main h1').textContent(), { timeout: 15_000 }).toBe(lesson.title);
    const firstText = await page.locator('main .lesson__body .prose').innerText();
    expect(firstText.length).toBeGreaterThan(50);
    expect(await page.locator('main .skeleton').count()).toBe(0);
    expect(refused).toEqual([]);

    release();
    // the app's page: the same words, with the progress and the button to finish the lesson around them
    await page.getByRole('button', { name: /Học xong/ }).waitFor();
    expect(await page.locator('main h1').textContent()).toBe(lesson.title);
    expect(await page.locator('main .lesson__body .prose').innerText()).toBe(firstText);
    await expectAccessible(page, 'lesson, first screen then the app');
    expect(refused).toEqual([]);
    await context.close();
  });

  it('leaves an unknown course (or an API too slow to answer within a second) to the app, which says so', async () => {
    const page = await browser.newPage();
    await page.goto(`${NGINX_SAME_ORIGIN_URL}/khoa-hoc/00000000-0000-7000-8000-000000000000`);
    await page.getByText('Không tải được khóa học.').waitFor();
    await page.close();
  });
});

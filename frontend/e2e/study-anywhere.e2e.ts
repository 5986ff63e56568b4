import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolAndStudy, logInPage, newLearner, passTheOpenAttempt } from './learning-steps';
import { apiCall, screenshots, expectAccessible, launchBrowser, newVisitor, WEB_URL } from './support';

/**
 * Learning for everyone (issue 12): a course kept on the device at enrolment and studied with the network
 * off, lessons and test questions read aloud by the server, and the final test taken with large text.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Waits until the audio element plays and its time moves on by `seconds`. */
async function expectPlaying(page: Page, selector: string, seconds = 0.8) {
  await page.waitForFunction(
    ({ selector, seconds }) => {
      const audio = document.querySelector<HTMLAudioElement>(selector);
      return !!audio && !audio.paused && audio.currentTime > seconds;
    },
    { selector, seconds },
    { timeout: 60_000 },
  );
}

/** The records the app keeps in IndexedDB for studying offline (courses and audio), counted. */
function offlineRecords(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('hocvuso-offline-lessons', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('courses');
          open.result.createObjectStore('audio');
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['courses', 'audio']);
          const a = tx.objectStore('courses').count();
          const b = tx.objectStore('audio').count();
          tx.oncomplete = () => {
            open.result.close();
            resolve(a.result + b.result);
          };
        };
      }),
  );
}

describe('studying anywhere', () => {
  it('enrols online, then studies lessons never opened before with the network off', { timeout: 300_000 }, async () => {
    const learner = await newLearner('Phạm Văn Không Mạng');
    const { context, page } = await newVisitor(browser);
    await logInPage(page, learner.phone);

    await page.goto(`${WEB_URL}/khoa-hoc/${learner.courseId}`);
    await page.getByRole('button', { name: 'Ghi danh vào khóa học' }).click();
    // enrolling keeps the course's words on the device at once, and the page says so, with the space used
    await page.getByText(/Đã lưu trên máy: 19 bài học, 0 bài nghe, chiếm \d+ kB/).waitFor();
    await page.getByText(/Trang Học vụ số đang dùng .* trên máy/).waitFor();
    expect(await offlineRecords(page)).toBe(1);
    await expectAccessible(page, 'course page with the offline panel');
    await screenshots(page, 'learner-offline-panel', { everyRun: false });

    // the first lesson is opened online; then the network goes, and the next ones, never opened, come from the device
    await page.getByRole('link', { name: learner.lessons[0]!.title }).click();
    await page.getByRole('heading', { level: 1, name: learner.lessons[0]!.title }).waitFor();
    await context.setOffline(true);
    for (let n = 0; n < 3; n++) {
      const lesson = learner.lessons[n]!;
      await page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
      if (n > 0) {
        await page.getByText('Bạn đang học bản lưu trên máy (không có mạng).').waitFor();
        expect((await page.locator('.lesson__body .prose').textContent())?.length).toBeGreaterThan(50);
      }
      if (n === 1) {
        await expectAccessible(page, 'a lesson studied offline');
        await screenshots(page, 'learner-lesson-offline-kept', { fullPage: false, everyRun: false });
      }
      await page.getByRole('button', { name: 'Học xong, sang bài tiếp theo' }).click();
    }
    await page.getByRole('heading', { level: 1, name: learner.lessons[3]!.title }).waitFor();
    const queued = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('hocvuso.progress.queue') ?? '[]') as { lessonId: string; percent: number }[],
    );
    expect(new Set(queued.filter((r) => r.percent === 100).map((r) => r.lessonId)).size).toBe(3);

    // back online: the progress reaches the server, which now counts three lessons done
    await context.setOffline(false);
    await page.waitForFunction(() => localStorage.getItem('hocvuso.progress.queue') === '[]', null, {
      timeout: 30_000,
    });
    const states = async () =>
      (
        await apiCall<{ modules: { lessons: { state: string }[] }[] }>(
          'GET',
          `/api/v1/courses/${learner.courseId}`,
          learner.token,
        )
      ).modules
        .flatMap((m) => m.lessons)
        .slice(0, 5)
        .map((l) => l.state)
        .join(' ');
    await expect.poll(states, { timeout: 20_000 }).toBe('COMPLETED COMPLETED COMPLETED OPEN LOCKED');
    await page.getByRole('link', { name: 'Về trang khóa học' }).click();
    await page.getByText('Đã học xong 3/19 bài (15%)').waitFor();

    // logging out leaves nothing of the learner's lessons on the device
    await page.goto(`${WEB_URL}/tai-khoan`);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('link', { name: 'Đăng nhập' }).first().waitFor();
    expect(await offlineRecords(page)).toBe(0);
    await context.close();
  });

  it(
    'listens to a lesson and to a test question, and takes the test with large text',
    { timeout: 300_000 },
    async () => {
      const learner = await newLearner('Nguyễn Thị Nghe Đọc');
      await enrolAndStudy(learner.token, learner.courseId, learner.lessons);
      const { context, page } = await newVisitor(browser);
      await logInPage(page, learner.phone);

      // a lesson read aloud: the audio plays and the block being read is marked
      await page.goto(`${WEB_URL}/khoa-hoc/${learner.courseId}/bai/${learner.lessons[1]!.id}`);
      await page.getByRole('button', { name: 'Nghe đọc bài' }).click();
      await expectPlaying(page, '.listen audio');
      await page.getByText(/Đang đọc: (tên bài|đoạn \d+\/\d+)/).waitFor();
      await expectAccessible(page, 'a lesson being read aloud');
      await screenshots(page, 'learner-listening', { fullPage: false, everyRun: false });
      await page.locator('.listen audio').evaluate((audio: HTMLAudioElement) => audio.pause());

      // the final test at the usual size
      await page.goto(`${WEB_URL}/khoa-hoc/${learner.courseId}/kiem-tra`);
      await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
      await page
        .getByText(/Câu 1\/20/)
        .first()
        .waitFor();
      await expectAccessible(page, 'the test, usual text size');

      // a question read aloud: the prompt, then its options in the order shown
      await page.getByRole('button', { name: 'Nghe câu hỏi' }).first().click();
      await expectPlaying(page, '.listen--question audio', 0.3);
      await page.getByText('Đang đọc câu hỏi').waitFor();
      await page.getByText('Đang đọc phương án 1').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Dừng đọc' }).first().click();

      // large text for every page: the test is taken with it
      const before = await page
        .locator('.question__prompt')
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      await page.getByRole('button', { name: 'Chữ lớn' }).click();
      expect(await page.getByRole('button', { name: 'Chữ lớn' }).getAttribute('aria-pressed')).toBe('true');
      const after = await page
        .locator('.question__prompt')
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(after).toBeGreaterThan(before * 1.15);
      await expectAccessible(page, 'the test, large text');
      await screenshots(page, 'learner-large-text-test', { everyRun: false });

      await passTheOpenAttempt(page);
      await expectAccessible(page, 'the result, large text');
      await context.close();
    },
  );
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolAndStudy, logInPage, newLearner } from './learning-steps';
import { API_URL, apiCall, apiLogin, expectAccessible, launchBrowser } from './support';

/**
 * Lesson media through the production web server (issue 12): the built app served by nginx with
 * frontend/nginx.conf and the CSP that docker-entrypoint.d/40-config.sh writes (scripts/e2e.sh starts it),
 * so that a CSP which refuses the API's videos, captions or audio fails here. Twice: with the API on its
 * own origin, and proxied by nginx on the app's (HOCVUSO_API_UPSTREAM), where a video's ranges and the
 * audio pass through the proxy. The video is uploaded by the administrator through the API, as
 * scripts/media.sh does for the seeded lessons.
 */
const NGINX_URL = (process.env.E2E_NGINX_URL ?? '').replace(/\/+$/, '');
const NGINX_SAME_ORIGIN_URL = (process.env.E2E_NGINX_SAME_ORIGIN_URL ?? '').replace(/\/+$/, '');
const ADMIN = '0900000004';
const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? '';

let browser: Browser;

beforeAll(async () => {
  if (!NGINX_URL || !NGINX_SAME_ORIGIN_URL || !DEMO_PASSWORD) {
    throw new Error(
      'E2E_NGINX_URL, E2E_NGINX_SAME_ORIGIN_URL or E2E_DEMO_PASSWORD is not set: run the tests through scripts/e2e.sh.',
    );
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A 4-second WebM (what every Chromium plays) and Vietnamese captions, made by ffmpeg here. */
function makeVideo(): { video: Uint8Array<ArrayBuffer>; captions: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hocvuso-e2e-video-'));
  const video = join(dir, 'bai.webm');
  execFileSync('ffmpeg', [
    '-hide_banner',
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=320x180:rate=15:duration=4',
    '-c:v',
    'libvpx',
    '-b:v',
    '150k',
    video,
  ]);
  const captions =
    'WEBVTT\n\n00:00.000 --> 00:02.000\nMở ứng dụng Zalo.\n\n00:02.000 --> 00:04.000\nBấm vào biểu tượng gọi video.\n';
  writeFileSync(join(dir, 'bai.vi.vtt'), captions);
  const bytes = readFileSync(video);
  return {
    video: new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer),
    captions,
  };
}

async function upload(
  path: string,
  token: string,
  bytes: Uint8Array<ArrayBuffer> | string,
  type: string,
  name: string,
) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  const response = await fetch(`${API_URL}${path}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

/** Every CSP violation the page reports, kept in the page (from before its first script). */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

describe('lesson media through the production web server', () => {
  it.each([
    { api: 'on its own origin', webUrl: NGINX_URL, sameOrigin: false },
    { api: 'proxied on the app’s origin', webUrl: NGINX_SAME_ORIGIN_URL, sameOrigin: true },
  ])(
    'plays a video with Vietnamese captions and a lesson read aloud, nothing refused by the CSP (the API $api)',
    { timeout: 300_000 },
    async ({ webUrl, sameOrigin }) => {
      // the administrator gives the course's first video lesson a real video and captions
      const admin = await apiLogin(ADMIN, DEMO_PASSWORD);
      const courseId = (await apiCall<{ items: { id: string }[] }>('GET', '/api/v1/courses', null)).items[0]!.id;
      const outline = await apiCall<{ modules: { lessons: { id: string; kind: string; title: string }[] }[] }>(
        'GET',
        `/api/v1/courses/${courseId}`,
        null,
      );
      const lessons = outline.modules.flatMap((m) => m.lessons);
      const index = lessons.findIndex((l) => l.kind === 'VIDEO');
      const lesson = lessons[index]!;
      const { video, captions } = makeVideo();
      await upload(`/api/v1/admin/lessons/${lesson.id}/video`, admin, video, 'video/webm', 'bai.webm');
      await upload(`/api/v1/admin/lessons/${lesson.id}/captions`, admin, captions, 'text/vtt', 'bai.vi.vtt');

      // a learner who has studied up to that lesson
      const learner = await newLearner('Lê Văn Xem Video');
      await enrolAndStudy(learner.token, courseId, lessons.slice(0, index));

      // the app as production serves it: its own config.js, its own headers
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'vi-VN',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await watchCsp(page);
      const apiOrigin = new URL(API_URL).origin;
      const toApiOrigin: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin === apiOrigin) toApiOrigin.push(`${request.method()} ${request.url()}`);
      });
      const first = await page.goto(`${webUrl}/dang-nhap`);
      const csp = first?.headers()['content-security-policy'] ?? '';
      expect(
        csp,
        `the page must come from nginx with the production CSP (server: ${process.env.E2E_NGINX_SERVER}); install nginx-light`,
      ).toContain('media-src');
      await logInPage(page, learner.phone, webUrl);

      await page.goto(`${webUrl}/khoa-hoc/${courseId}/bai/${lesson.id}`);
      await page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
      const player = page.locator('video');
      await player.waitFor();
      expect(await page.locator('video track[kind="captions"][srclang="vi"]').count()).toBe(1);
      // it plays (muted, as a page may start it), and its captions load and say the words
      await player.evaluate((v: HTMLVideoElement) => {
        v.muted = true;
        const track = v.textTracks[0];
        if (track) track.mode = 'showing';
        void v.play();
      });
      await page.waitForFunction(
        () => {
          const v = document.querySelector('video');
          return !!v && v.currentTime > 1 && v.readyState >= 2;
        },
        null,
        { timeout: 60_000 },
      );
      await page.waitForFunction(
        () => (document.querySelector('video')?.textTracks[0]?.cues?.length ?? 0) === 2,
        null,
        { timeout: 30_000 },
      );
      const cue = await player.evaluate((v: HTMLVideoElement) => (v.textTracks[0]!.cues![0] as VTTCue).text);
      expect(cue).toBe('Mở ứng dụng Zalo.');
      await expectAccessible(page, 'video lesson through nginx');

      // a text lesson read aloud, from the API's origin too
      await page.goto(`${webUrl}/khoa-hoc/${courseId}/bai/${lessons[0]!.id}`);
      await page.getByRole('button', { name: 'Nghe đọc bài' }).click();
      await page.waitForFunction(
        () => {
          const audio = document.querySelector<HTMLAudioElement>('.listen audio');
          return !!audio && !audio.paused && audio.currentTime > 0.8;
        },
        null,
        { timeout: 60_000 },
      );

      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      // proxied, the page never leaves its origin (so no CORS preflight either)
      if (sameOrigin) expect(toApiOrigin).toEqual([]);
      else expect(toApiOrigin).not.toEqual([]);
      await context.close();
    },
  );
});

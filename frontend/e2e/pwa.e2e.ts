import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_URL, launchBrowser } from './support';

const DIST = join(import.meta.dirname, '..', 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The built app on a server of the test's own, which the test can switch off: the truest way to take a
 * phone offline for the service worker (the browser's offline emulation also refuses module scripts a
 * worker would serve, and request routing bypasses the worker).
 */
function serveDist(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(DIST, path);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      if (path.startsWith('/assets/')) {
        response.writeHead(404).end();
        return;
      }
      file = join(DIST, 'index.html');
      body = readFileSync(file);
    }
    response
      .writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      })
      .end(body);
  });
  return new Promise((resolve) => {
    // a port the e2e API accepts as an origin (scripts/e2e.sh); any free port otherwise
    server.listen(Number(process.env.E2E_SPARE_WEB_PORT ?? 0), '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the installable app', () => {
  it('has a Vietnamese manifest, and its service worker opens the app without a connection but keeps no API answer', async () => {
    // dist/config.js (written by scripts/e2e.sh) points at the e2e API: no routing, so the service
    // worker sees every request as a phone would
    const web = await serveDist();
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'vi-VN',
      serviceWorkers: 'allow',
    });
    const page = await context.newPage();
    await page.goto(`${web.url}/`);
    await page.getByRole('heading', { level: 2, name: 'Kỹ năng số cơ bản' }).waitFor();

    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      return (await fetch(href)).json();
    });
    expect(manifest).toMatchObject({ short_name: 'Học vụ số', lang: 'vi', start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    // a real maskable icon (its own picture, drawn inside the safe zone by `npm run icons`)
    const maskable = manifest.icons.find((i: { purpose: string }) => i.purpose === 'maskable');
    expect(maskable).toMatchObject({ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png' });
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, maskable.src);
    expect(size).toBe('512x512');
    // Chromium's own installability check (Lighthouse 12 no longer has an audit for it); the test's
    // context is incognito, which alone keeps Chromium from offering installation
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // the first visit installs the worker; the next navigation is under its control
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller != null)).toBe(true);

    // the app's server is gone: the worker still opens a page never visited before, from its cache
    await web.stop();
    await page.goto(`${web.url}/chung-nhan`);
    await page.getByRole('heading', { level: 1, name: 'Tra cứu giấy chứng nhận' }).waitFor();

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys()) {
        for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(cached.length).toBeGreaterThan(3);
    expect(cached.filter((url) => url.startsWith(API_URL) || url.includes('/api/'))).toEqual([]);
    // a learner's phone keeps the learner's pages, not the managers' pages, their charts or texts, nor English
    expect(
      cached.filter((url) =>
        /\/assets\/(AdminPage|chart-canvas|stats|dashboard|public-dashboard|manager\.(vi|en)|en)-/.test(url),
      ),
    ).toEqual([]);
    await context.close();
  });
});

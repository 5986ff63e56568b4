import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { expect } from 'vitest';

export const WEB_URL = (process.env.E2E_WEB_URL ?? 'http://127.0.0.1:5173').replace(/\/+$/, '');
export const API_URL = (process.env.E2E_API_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const RESULTS = join(import.meta.dirname, '..', 'test-results');

export const WIDTHS = [360, 1280] as const;
const DOC_SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const DOC_SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } } as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh visitor on a small phone, in Vietnamese, with the app pointed at E2E_API_URL. The app's service
 * worker is blocked unless asked for: it would answer requests (config.js) before the test's routes see them.
 */
export async function newVisitor(
  browser: Browser,
  options: { width?: number; height?: number; serviceWorkers?: 'allow' | 'block'; acceptDownloads?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: options.height ?? 780 },
    locale: 'vi-VN',
    serviceWorkers: options.serviceWorkers ?? 'block',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  await context.route('**/config.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.__HOCVUSO_CONFIG__ = { apiBaseUrl: ${JSON.stringify(API_URL)} };`,
    }),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Fails on serious or critical accessibility problems (WCAG 2.x A/AA rules). */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `axe on ${label}`).toEqual([]);
}

/**
 * Pictures of a page: at phone and desktop widths into test-results/ on every run (what a failing run
 * looked like), and into docs/screenshots/<name>-phone.png and -desktop.png when E2E_SCREENSHOTS=1 (the
 * README's pictures; a normal run leaves the committed ones alone). The one way the journeys take them.
 * `everyRun: false` takes only the README's: the learner's timed journey (offline, the test's clock)
 * is not resized on every run.
 */
export async function screenshots(
  page: Page,
  name: string,
  { fullPage = true, everyRun = true }: { fullPage?: boolean; everyRun?: boolean } = {},
) {
  const original = page.viewportSize();
  if (everyRun) {
    mkdirSync(RESULTS, { recursive: true });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: join(RESULTS, `${name}-${width}.png`), fullPage });
    }
  }
  if (process.env.E2E_SCREENSHOTS === '1') {
    mkdirSync(DOC_SHOTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const [label, size] of Object.entries(DOC_SIZES)) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300); // let the charts redraw at the new width
      await page.screenshot({ path: join(DOC_SHOTS, `${name}-${label}.png`), fullPage });
    }
  }
  if (original) await page.setViewportSize(original);
}

/** Visits a page's checks in one call: accessibility and screenshots. */
export async function checkPage(page: Page, name: string) {
  await expectAccessible(page, name);
  await screenshots(page, name);
}

/** A mobile number nobody has registered yet: 09 and eight random digits. */
export function uniquePhone(): string {
  return `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/** Presses Tab until the element matching `selector` has focus: proves it is reachable by keyboard. */
export async function tabTo(page: Page, selector: string, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} was not reached with ${maxPresses} presses of Tab`);
}

/**
 * A read-only query on the e2e database (E2E_DB, passed by scripts/e2e.sh), for what the app must never
 * learn: the right answers of an attempt. Returns rows of tab-separated fields.
 */
export function queryE2eDb(sql: string): string[][] {
  const db = process.env.E2E_DB ?? 'hocvuso_e2e';
  const out = execFileSync(
    'psql',
    ['-h', '127.0.0.1', '-U', 'postgres', '-d', db, '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', sql],
    {
      encoding: 'utf8',
    },
  );
  return out
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

/** The questions of an attempt with their right option and every option id, from the e2e database. */
export function attemptKey(attemptId: string): { questionId: string; correct: string; options: string[] }[] {
  if (!/^[0-9a-f-]{36}$/.test(attemptId)) throw new Error(`not an attempt id: ${attemptId}`);
  return queryE2eDb(
    `SELECT question_id, correct_option, (SELECT string_agg(o->>'id', ',') FROM jsonb_array_elements(options) o) ` +
      `FROM quiz_attempt_item WHERE attempt_id = '${attemptId}' ORDER BY position`,
  ).map(([questionId = '', correct = '', options = '']) => ({ questionId, correct, options: options.split(',') }));
}

/**
 * A whole PDF read by pdf.js (Mozilla's reader, not the library the API writes with): its pages and their text,
 * NFC, runs separated by a space. A damaged file throws here.
 */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
  try {
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return {
      pages: doc.numPages,
      text: texts
        .join('\n')
        .normalize('NFC')
        .replace(/[ \t]+/g, ' '),
    };
  } finally {
    await doc.destroy();
  }
}

/**
 * One file of a zip archive (a DOCX or XLSX is one), read with nothing but its central directory and zlib: a
 * damaged archive, or one without that file, throws here.
 */
export function readZipEntry(zip: Buffer, name: string): Buffer {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged zip archive: central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`damaged zip archive: ${name}`);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${name}: compression method ${method}`);
    }
    at += 46 + skip;
  }
  throw new Error(`${name} is not in the zip archive`);
}

/** The text of a Word document (DOCX), a line per paragraph, NFC: what a reader of `word/document.xml` sees. */
export function readDocx(bytes: Buffer): string {
  const xml = readZipEntry(bytes, 'word/document.xml').toString('utf8');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .normalize('NFC');
}

export interface OpenedFile {
  /** The Accept header the browser itself sent when it opened the link. */
  accept: string;
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * Clicks a link that opens a file of the API in a new tab, and returns what the API answered to that navigation,
 * as the browser sent it (its own Accept header): the answer is read on the way and passed on unchanged.
 */
export async function openFileLink(page: Page, click: () => Promise<void>): Promise<OpenedFile> {
  const context = page.context();
  const pattern = `${API_URL}/api/**`;
  let opened: OpenedFile | undefined;
  const handler = async (route: Route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    opened = {
      accept: route.request().headers()['accept'] ?? '',
      status: response.status(),
      contentType: response.headers()['content-type'] ?? '',
      body: await response.body(),
    };
    await route.fulfill({ response });
  };
  await context.route(pattern, handler);
  try {
    const [tab] = await Promise.all([page.waitForEvent('popup'), click()]);
    await expect.poll(() => opened !== undefined, { timeout: 15_000 }).toBe(true);
    await tab.close().catch(() => {});
  } finally {
    await context.unroute(pattern, handler);
  }
  return opened!;
}

/** A JSON call to the API under test (setting up what a page test starts from); any error status throws. */
export async function apiCall<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? null : await response.json()) as T;
}

/** An access token for an account. */
export async function apiLogin(login: string, password: string): Promise<string> {
  return (await apiCall<{ accessToken: string }>('POST', '/api/v1/auth/login', null, { login, password })).accessToken;
}

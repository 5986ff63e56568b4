// Lighthouse (mobile preset: a mid-range phone, simulated slow 4G and a 4x slower CPU) on the learner's
// pages and the public ones, against the production build served like production and the packaged API
// with demo data. Debian's Chromium runs once with a debugging port; Lighthouse's Node API and
// playwright-core (for logging in) share it, so a logged-in page is measured with the session in
// localStorage and everything else (HTTP cache, service worker, caches) cleared before each run.
//   node lighthouse.mjs <webUrl> <apiUrl> <outDir>
// BENCH_LH_RUNS (default 3): runs per page, the median by performance score is kept.
// BENCH_LH_PAGES: only the pages whose names are listed (comma-separated, e.g. "home,lesson"), for
// quick comparisons while working on one page; all six by default.
// BENCH_CDP_PORT (default 26092): Chromium's debugging port. The e2e database (for the right answers of
// the final test, so the learner gets a real certificate to look up) comes from the PG* variables.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import pg from 'pg';
import { chromium } from 'playwright-core';

const [webUrl, apiUrl, outDir] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const CDP_PORT = Number(process.env.BENCH_CDP_PORT ?? 26092);
// `devtools`: the same slow 4G and 4x CPU applied by Chromium while the page loads, instead of Lighthouse's
// simulation from an unthrottled load (the default, and what the targets of issue 16 are judged on). The
// simulation times a paint by the requests and tasks that had ended before it in the unthrottled load; a
// check of what a real slow phone sees, where that attribution misleads (docs/benchmarks.md).
const THROTTLING = process.env.BENCH_LH_THROTTLING ?? 'simulate';
const PASSWORD = 'hoc-ky-nang-moi-ngay-2025';
mkdirSync(outDir, { recursive: true });

async function api(method, path, { token, body } = {}) {
  const response = await fetch(apiUrl + path, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** A learner who studied every lesson and passed the final test, as the pages under test expect. */
async function prepareLearner() {
  const phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  await api('POST', '/api/v1/auth/register', {
    body: { fullName: 'Lê Thị Lan', phone, password: PASSWORD, learnerGroup: 'CITIZEN', unitCode: '21211' },
  });
  const login = async () => api('POST', '/api/v1/auth/login', { body: { login: phone, password: PASSWORD } });
  const { accessToken: token } = await login();
  const courses = await api('GET', '/api/v1/courses?page=1&size=20', { token });
  const courseId = courses.items[0].id;
  const enrollment = await api('POST', '/api/v1/enrollments', { token, body: { courseId } });
  const outline = await api('GET', `/api/v1/courses/${courseId}`, { token });
  const lessons = outline.modules.flatMap((module) => module.lessons.map((lesson) => lesson.id));
  for (const lessonId of lessons) {
    await api('PUT', `/api/v1/enrollments/${enrollment.id}/lessons/${lessonId}/progress`, {
      token,
      body: { eventId: randomUUID(), percent: 100, positionSeconds: null },
    });
  }
  // a passed test, for a certificate to look up: the right answers come from the database, never the API
  const attempt = await api('POST', `/api/v1/enrollments/${enrollment.id}/quiz-attempts`, { token });
  const db = new pg.Client();
  await db.connect();
  const { rows } = await db.query('SELECT question_id, correct_option FROM quiz_attempt_item WHERE attempt_id = $1', [attempt.id]);
  await db.end();
  await api('PUT', `/api/v1/quiz-attempts/${attempt.id}/answers`, {
    token,
    body: { answers: rows.map((row) => ({ questionId: row.question_id, optionId: row.correct_option })) },
  });
  await api('POST', `/api/v1/quiz-attempts/${attempt.id}/submit`, { token });
  const passed = await api('GET', `/api/v1/enrollments/${enrollment.id}`, { token });
  if (!passed.certificateCode) throw new Error('the bench learner did not get a certificate');
  return { login, courseId, lessonId: lessons[0], certificateCode: passed.certificateCode };
}

const learner = await prepareLearner();
const only = process.env.BENCH_LH_PAGES ? process.env.BENCH_LH_PAGES.split(',').map((name) => name.trim()) : null;
const allPages = [
  { name: 'home', path: '/', login: false },
  { name: 'course', path: `/khoa-hoc/${learner.courseId}`, login: true },
  { name: 'lesson', path: `/khoa-hoc/${learner.courseId}/bai/${learner.lessonId}`, login: true },
  { name: 'final test', path: `/khoa-hoc/${learner.courseId}/kiem-tra`, login: true },
  { name: 'certificate lookup', path: `/chung-nhan/${learner.certificateCode}`, login: false },
  { name: 'public dashboard', path: '/thong-ke', login: false },
];
const pages = only ? allPages.filter((target) => only.includes(target.name)) : allPages;

const profile = join(outDir, 'chromium-profile');
rmSync(profile, { recursive: true, force: true });
// the default browser context: the tab Lighthouse opens shares its storage with the one used to log in
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    `--remote-debugging-port=${CDP_PORT}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
const cdp = await context.newCDPSession(page);
const origin = new URL(webUrl).origin;

/** Chromium's own installability check (what Lighthouse's removed installable-manifest audit ran). */
async function installability() {
  await page.goto(`${webUrl}/`);
  await page.waitForLoadState('networkidle');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const manifest = await cdp.send('Page.getAppManifest');
  return { errors: installabilityErrors.map((e) => e.errorId), manifestErrors: manifest.errors.map((e) => e.message) };
}

/** Leaves only the session: no HTTP cache, service worker or caches from the previous run. */
async function coldButLoggedIn() {
  await page.goto(`${webUrl}/manifest.webmanifest`);
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage,indexeddb,websql,file_systems' });
  const { refreshToken } = await learner.login();
  await page.evaluate((token) => {
    localStorage.clear();
    localStorage.setItem('hocvuso.refresh', token);
  }, refreshToken);
  await page.goto('about:blank');
}

/** A first visit: nothing of the logged-in runs before (Lighthouse's own reset clears the rest). */
async function anonymous() {
  await page.goto(`${webUrl}/manifest.webmanifest`);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.goto('about:blank');
}

const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? null;
function summary(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: Math.round(metric(lhr, 'first-contentful-paint')),
    lcpMs: Math.round(metric(lhr, 'largest-contentful-paint')),
    tbtMs: Math.round(metric(lhr, 'total-blocking-time')),
    cls: Math.round(metric(lhr, 'cumulative-layout-shift') * 1000) / 1000,
    speedIndexMs: Math.round(metric(lhr, 'speed-index')),
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    warnings: lhr.runWarnings,
  };
}

const results = { date: new Date().toISOString(), webUrl, apiUrl, runs: RUNS, lighthouse: null, chromium: context.browser()?.version() ?? null };
results.installability = await installability();
results.pages = [];
for (const target of pages) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    await (target.login ? coldButLoggedIn() : anonymous());
    const outcome = await lighthouse(
      `${webUrl}${target.path}`,
      { port: CDP_PORT, output: 'json', logLevel: 'error', disableStorageReset: target.login },
      { extends: 'lighthouse:default', settings: { onlyCategories: ['performance', 'accessibility', 'best-practices'], throttlingMethod: THROTTLING } },
    );
    results.lighthouse = outcome.lhr.lighthouseVersion;
    const row = summary(outcome.lhr);
    runs.push(row);
    writeFileSync(join(outDir, `lighthouse-${target.name.replace(/ /g, '-')}-${run + 1}.json`), outcome.report);
    console.error(`[lighthouse] ${target.name} run ${run + 1}: performance ${row.performance}, LCP ${row.lcpMs} ms, TBT ${row.tbtMs} ms, CLS ${row.cls}`);
  }
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  results.pages.push({ ...target, median: sorted[Math.floor(sorted.length / 2)], runs });
}
await context.close();

const targets = { performance: 95, lcpMs: 2500, cls: 0.05, tbtMs: 200 };
const meets = (m) => m.performance >= targets.performance && m.lcpMs < targets.lcpMs && m.cls < targets.cls && m.tbtMs < targets.tbtMs;
const lines = [
  '| page | performance | LCP | TBT | CLS | FCP | Speed Index | accessibility | best practices | targets met |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...results.pages.map(({ name, median: m }) =>
    `| ${name} | ${m.performance} | ${(m.lcpMs / 1000).toFixed(1)} s | ${m.tbtMs} ms | ${m.cls} | ${(m.fcpMs / 1000).toFixed(1)} s | ${(m.speedIndexMs / 1000).toFixed(1)} s | ${m.accessibility} | ${m.bestPractices} | ${meets(m) ? 'yes' : 'no'} |`,
  ),
];
writeFileSync(join(outDir, 'lighthouse.md'), lines.join('\n') + '\n');
writeFileSync(join(outDir, 'lighthouse.json'), JSON.stringify(results, null, 2));
console.log(lines.join('\n'));
console.log(`installability: ${results.installability.errors.length ? results.installability.errors.join(', ') : 'installable (no errors)'}`);

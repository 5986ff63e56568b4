// The morning rush (issue 20): a mix of what a province's morning brings, played for a set time against
// the packaged API on a seeded province, with the process watched while it runs. Started by
// scripts/soak.sh (`make soak`), which seeds the database and starts the API; see docs/benchmarks.md.
//
// Every operation arrives at its own rate (an open model: arrivals do not wait for answers, as people
// do not), from many client addresses (the API trusts this machine as its load balancer and reads
// X-Forwarded-For). The rates per minute below are the province's peak morning, derived in
// docs/benchmarks.md ("The morning rush"); SOAK_SCALE multiplies them all.
//
// The run starts warm: a warm-up of SOAK_WARMUP_SECONDS (default 60) ramps every rate from
// SOAK_WARMUP_FROM (default 0.1) of the mix to the full mix over its first three quarters and holds the
// full mix for the last quarter; it is reported but not judged. Then SOAK_SECONDS (default 600) at the
// full mix are judged: the API's first minute compiles its hot code (the JIT) and a cold Argon2 is several
// times slower than a warm one, so the peak's hashing alone would take both cores of a small machine;
// production deploys do not meet a morning peak cold, and a run that judged its own cold start would
// measure the JIT (docs/benchmarks.md, "The morning rush").
//
// It fails (exit code 1) on any 5xx, any answer outside an operation's expected statuses, any event-loop
// block over 100 ms, memory still growing (resident size, and the live heap weighed by a full collection
// at the end of the warm-up and after the drain), or a wait for a database connection over 1 s, all
// after the warm-up.
import { execFile } from 'node:child_process';
import { createHash, createHmac, createSign, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import hdr from 'hdr-histogram-js';
import pg from 'pg';
import { Pool } from 'undici';

const env = process.env;
const URL_BASE = env.SOAK_URL ?? 'http://127.0.0.1:18090';
const SECONDS = Number(env.SOAK_SECONDS ?? 600); // judged, after the warm-up
const WARMUP = Number(env.SOAK_WARMUP_SECONDS ?? 60);
const WARMUP_FROM = Number(env.SOAK_WARMUP_FROM ?? 0.1);
const SCALE = Number(env.SOAK_SCALE ?? 1);
const KEY = readFileSync(env.SOAK_KEY, 'utf8');
const API_PID = env.SOAK_API_PID;
const API_LOG = env.SOAK_API_LOG;
const JCMD = env.SOAK_JCMD; // the JDK's jcmd, to weigh the live heap and name the event-loop threads
const SAFEPOINT_LOG = env.SOAK_SAFEPOINT_LOG; // the API's -Xlog:safepoint file (time decorator)
const BLOCK_LIMIT_MS = 100; // the API's blocked-thread limit (scripts/soak.sh)
const RECEIVER_PORT = Number(env.SOAK_RECEIVER_PORT ?? 18096);
// The receiver's address as the API is told it (another host name or an allow-listed address if needed).
const RECEIVER_URL = env.SOAK_RECEIVER_URL ?? `http://127.0.0.1:${RECEIVER_PORT}/hooks/hocvuso`;
const METRICS_URLS = (env.SOAK_METRICS_URLS ?? `${URL_BASE}/q/metrics`).split(',');
const OUT = env.SOAK_OUT ?? 'results';
const SAMPLE_EVERY_MS = Number(env.SOAK_SAMPLE_MS ?? 2000);
const MAX_IN_FLIGHT = Number(env.SOAK_MAX_IN_FLIGHT ?? 2000);
const PASSWORD = 'Buoi-sang-dong-nguoi-2026';
const COURSE = '0195a6b0-0000-7000-8000-000000000001';
const QUIZ_MINUTES = 2; // the soak's course time limit, so that submits race the deadline within the run

// --- The mix: arrivals per minute at the province's morning peak (docs/benchmarks.md) --------------------
const MIX = {
  login: 300,            // N: 80 finishing learners + 160 in the middle of the course + class bursts, per minute
  refresh: 600,          // ~9,000 active sessions, each refreshing every 15 minutes
  register: 20,          // ~8,000 new accounts on a deadline day, a third of them in the morning peak hours
  progress: 4200,        // ~3,000 phones playing a lesson, one report every 40 s
  offlineReplay: 60,     // phones coming back online: a queue of 10-40 reports, some sent twice
  quiz: 30,              // final tests started (20 certificates a minute at a 70% first-try pass rate)
  pdf: 40,               // certificates downloaded (each new one ~1.5 times, plus older ones)
  verify: 60,            // QR codes scanned by employers and offices
  dashboard: 8,          // a manager opens the dashboard: summary, units table, targets, one unit
  followUp: 4,           // a unit manager opens the list of who has not finished (audited)
  exportFile: 1,         // the per-unit results file, CSV or XLSX
  publicDashboard: 30,   // the public page of the province's figures
  rosterImport: 0.2,     // an HR system's roster of 500 public servants, every five minutes
};

// --- Measurements ------------------------------------------------------------------------------------
let started = performance.now(); // set again when the arrivals start: the set-up is not part of the warm-up
const elapsed = () => (performance.now() - started) / 1000;
/** The share of the mix's rates at a moment of the run (performance.now()): the warm-up's ramp, then 1. */
function ramp(at) {
  const t = (at - started) / 1000;
  const full = WARMUP * 0.75;
  return t >= full ? 1 : WARMUP_FROM + ((1 - WARMUP_FROM) * t) / full;
}
const judged = (at) => (at - started) / 1000 >= WARMUP;
const ops = new Map();
function op(name) {
  if (!ops.has(name)) {
    ops.set(name, { histogram: hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 }),
      statuses: {}, measured: 0, errors: {}, unexpected: {}, problems: {}, warmup: { statuses: {}, errors: {}, unexpected: {}, problems: {} } });
  }
  return ops.get(name);
}
const EXPECTED = {
  login: [200, 401], refresh: [200], register: [201], enrol: [200, 201], progress: [200],
  'quiz.start': [200, 201], 'quiz.questions': [200], 'quiz.answers': [200, 409], 'quiz.submit': [200],
  pdf: [200], verify: [200], 'dashboard.summary': [200], 'dashboard.units': [200], 'dashboard.targets': [200],
  'dashboard.unit': [200], followUp: [200], exportFile: [200], publicDashboard: [200],
  'roster.upload': [202], 'roster.status': [200], 'roster.result': [200], setup: [200, 201],
};
let inFlight = 0;
let skipped = 0;

const http = new Pool(URL_BASE, { connections: 256, pipelining: 1, headersTimeout: 120_000, bodyTimeout: 120_000 });

function problemCode(bytes) {
  try { return JSON.parse(bytes.toString('utf8')).code; } catch { return undefined; }
}
/** An answer a caller expects only with a given problem code (e.g. a 429 that is the product's rule, not a limit). */
function answersAsExpected(code, bytes) {
  return Boolean(code) && problemCode(bytes) === code;
}

/** One request: latency to the last byte, status counted; returns { status, json, text }. */
async function call(name, method, path, { token, body, headers = {}, address, form, raw, contentType, parse = true, alsoExpected = {} } = {}) {
  const h = { ...headers };
  if (token) h.authorization = `Bearer ${token}`;
  if (address) h['x-forwarded-for'] = address;
  let payload;
  if (form) { h['content-type'] = 'application/x-www-form-urlencoded'; payload = new URLSearchParams(form).toString(); }
  else if (raw !== undefined) { h['content-type'] = contentType; payload = raw; }
  else if (body !== undefined) { h['content-type'] = 'application/json'; payload = JSON.stringify(body); }
  const t0 = performance.now();
  // Answers to requests sent during the warm-up are counted apart: reported, not judged.
  const all = op(name);
  const record = judged(t0) ? all : all.warmup;
  try {
    const response = await http.request({ method, path, headers: h, body: payload });
    const bytes = Buffer.from(await response.body.arrayBuffer());
    const micros = Math.max(1, Math.round((performance.now() - t0) * 1000));
    const status = response.statusCode;
    record.statuses[status] = (record.statuses[status] ?? 0) + 1;
    if (status >= 500) { // which refusal: the pool's (service_unavailable) or the hashing queue's (server_busy)
      const code = problemCode(bytes) ?? String(status);
      record.problems[code] = (record.problems[code] ?? 0) + 1;
    }
    if (!(EXPECTED[name] ?? [200]).includes(status) && !answersAsExpected(alsoExpected[status], bytes)) {
      record.unexpected[status] = (record.unexpected[status] ?? 0) + 1;
      if (Object.values(record.unexpected).reduce((a, b) => a + b, 0) <= 3) {
        console.error(`[soak] ${name} ${method} ${path}: ${status} ${bytes.toString('utf8').slice(0, 300)}`);
      }
    }
    if (record === all) {
      all.histogram.recordValue(micros);
      all.measured++;
    }
    const type = response.headers['content-type'] ?? '';
    const json = parse && type.includes('json') && bytes.length ? JSON.parse(bytes.toString('utf8')) : undefined;
    return { status, json, bytes };
  } catch (error) {
    record.errors[error.code ?? error.name] = (record.errors[error.code ?? error.name] ?? 0) + 1;
    return { status: 0 };
  }
}

// --- Tokens signed like the API's own (for populations that logged in before the run) ------------------
const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
function sign(claims) {
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: 'RS256', typ: 'JWT' });
  const body = b64({ iss: 'https://hocvuso.quangngai.gov.vn', aud: 'hocvuso-api', iat: now, exp: now + 7200, ...claims });
  return `${head}.${body}.${createSign('RSA-SHA256').update(`${head}.${body}`).sign(KEY).toString('base64url')}`;
}
const tokens = new Map();
const learnerToken = (userId) => tokens.get(userId) ?? tokens.set(userId, sign({ sub: userId, upn: userId, groups: ['LEARNER'] })).get(userId);
const adminToken = sign({ sub: '00000000-0000-4000-8000-00000000beef', upn: 'soak-admin', groups: ['LEARNER', 'ADMIN'], units: [], agencies: [] });
const managerTokens = new Map();
const managerToken = (unit) => managerTokens.get(unit) ?? managerTokens.set(unit, sign({ sub: randomUUID(), upn: 'soak-manager',
  groups: ['LEARNER', 'UNIT_MANAGER'], units: [unit], agencies: [] })).get(unit);

// --- Who is out there -------------------------------------------------------------------------------------
// Client addresses from the benchmarking network 198.18.0.0/15: one per commune office (shared by its
// staff, its classes and its demo device) and 2,000 carrier NAT addresses shared by phones.
const officeAddress = (i) => `198.18.1.${i % 250}`;
const phoneAddress = () => `198.19.${Math.floor(Math.random() * 8)}.${Math.floor(Math.random() * 250)}`;
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const chance = (p) => Math.random() < p;

const db = new pg.Client();
await db.connect();
const units = (await db.query('SELECT code FROM unit ORDER BY code')).rows.map((r) => r.code);
const lessons = (await db.query('SELECT id FROM lesson WHERE course_id = $1 AND NOT retired ORDER BY ordinal', [COURSE])).rows.map((r) => r.id);
const correct = new Map((await db.query('SELECT id, correct_option FROM question WHERE course_id = $1', [COURSE])).rows
  .map((r) => [r.id, r.correct_option]));
await db.query('UPDATE course SET time_limit_minutes = $2, attempt_cooldown_minutes = 0 WHERE id = $1', [COURSE, QUIZ_MINUTES]);

// One real account gives the Argon2 hash (production cost) that the accounts who log in during the run share.
const firstPhone = `03${String(Date.now()).slice(-8)}`;
const first = await call('register', 'POST', '/api/v1/auth/register', { address: officeAddress(0), body: {
  fullName: 'Người thử buổi sáng', phone: firstPhone, password: PASSWORD, learnerGroup: 'CITIZEN', unitCode: units[0] } });
if (first.status !== 201) throw new Error(`could not register the first account: ${first.status}`);
// The soak's own people (seed-soak.sql): learners in the middle of the course, some of whom log in
// during the run (the others are already logged in: a token from earlier), and learners ready for the test.
const middle = (await db.query(`
  SELECT u.id AS user_id, u.phone, u.unit_code, e.id AS enrollment_id,
         (SELECT count(*) FROM lesson_progress p WHERE p.enrollment_id = e.id AND p.completed_at IS NOT NULL)::int AS done
  FROM enrollment e JOIN app_user u ON u.id = e.user_id
  WHERE e.course_id = $1 AND e.lessons_completed_at IS NULL AND u.phone LIKE '+8494%'
  ORDER BY hashtext(e.id::text)`, [COURSE])).rows;
const loginAccounts = middle.slice(0, 3000);
await db.query(`UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE phone = $1) WHERE id = ANY($2::uuid[])`,
  ['+84' + firstPhone.slice(1), loginAccounts.map((a) => a.user_id)]);
const studying = middle.map((m) => ({ userId: m.user_id, enrollmentId: m.enrollment_id, lesson: Math.min(m.done, lessons.length - 1),
  percent: 0, busy: false }));
// Sessions from earlier in the morning (9,000 at the peak: docs/benchmarks.md): each refreshes when its
// 15-minute access token runs out, so in turn. Their refresh tokens are made here and stored as the API
// stores them (SHA-256 only), as if these learners had logged in before the run.
const refreshQueue = middle.slice(loginAccounts.length, loginAccounts.length + 9000).map((m) => ({ userId: m.user_id,
  refreshToken: randomBytes(32).toString('base64url'), address: phoneAddress(), busy: false }));
await db.query(`INSERT INTO refresh_token (id, family_id, user_id, token_hash, expires_at)
  SELECT gen_random_uuid(), gen_random_uuid(), u, decode(h, 'hex'), now() + interval '30 days'
  FROM unnest($1::uuid[], $2::text[]) AS t(u, h)`, [refreshQueue.map((r) => r.userId),
  refreshQueue.map((r) => createHash('sha256').update(r.refreshToken).digest('hex'))]);
let refreshTurn = 0;
const quizTakers = (await db.query(`
  SELECT e.user_id, e.id AS enrollment_id FROM enrollment e JOIN app_user u ON u.id = e.user_id
  WHERE e.course_id = $1 AND e.lessons_completed_at IS NOT NULL AND e.passed_at IS NULL AND u.phone LIKE '+8494%'`, [COURSE])).rows
  .map((r) => ({ userId: r.user_id, enrollmentId: r.enrollment_id, busy: false }));
// Certificates in the seeded province carry benchmark codes (BENCH-, and BENCH2- for the second course);
// give them codes of the real shape.
await db.query(`UPDATE certificate SET code = 'HVS-' || substr(h, 1, 4) || '-' || substr(h, 5, 4) || '-' || substr(h, 9, 4)
  FROM (SELECT id AS cid, upper(md5(id::text)) AS h FROM certificate WHERE code LIKE 'BENCH%') s WHERE id = s.cid`);
const certificates = (await db.query('SELECT code FROM certificate ORDER BY hashtext(code) LIMIT 20000')).rows.map((r) => r.code);
await db.query('ANALYZE');

// The integrator: an HR system importing rosters and a dashboard receiving webhooks.
const account = await call('setup', 'POST', '/api/v1/admin/service-accounts', { token: adminToken, body: {
  name: 'Hệ thống nhân sự (soak)', scopes: ['rosters:write', 'webhooks:manage'], unitCodes: [], agencyIds: [] } });
if (account.status !== 201) throw new Error(`could not create the service account: ${account.status}`);
const integratorAddress = '198.18.2.1';
async function integratorToken() {
  const r = await call('setup', 'POST', '/api/v1/auth/token', { address: integratorAddress,
    form: { grant_type: 'client_credentials', client_id: account.json.clientId, client_secret: account.json.clientSecret } });
  if (r.status !== 200) throw new Error(`no integrator token: ${r.status}`);
  return r.json.access_token;
}
let integrator = await integratorToken();
const subscription = await call('setup', 'POST', '/api/v1/webhooks/subscriptions', { token: integrator, address: integratorAddress,
  body: { url: RECEIVER_URL, events: ['learner.registered', 'learner.enrolled', 'learner.passed', 'certificate.issued'] } });
if (subscription.status !== 201) throw new Error(`could not subscribe the receiver ${RECEIVER_URL}: ${subscription.status} `
  + `${subscription.bytes?.toString('utf8')}`);
const secret = subscription.json.secret;

const webhooks = { received: 0, badSignature: 0, lag: hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000, numberOfSignificantValueDigits: 3 }) };
const receiver = createServer((request, response) => {
  const chunks = [];
  request.on('data', (c) => chunks.push(c));
  request.on('end', () => {
    const raw = Buffer.concat(chunks);
    const [t, v1] = String(request.headers['x-hocvuso-signature'] ?? '').split(',').map((p) => p.split('=')[1]);
    const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest('hex');
    if (expected !== v1) webhooks.badSignature++;
    webhooks.received++;
    try { webhooks.lag.recordValue(Math.max(1, Date.now() - Date.parse(JSON.parse(raw).occurredAt))); } catch { /* counted above */ }
    response.writeHead(204).end();
  });
}).listen(RECEIVER_PORT, '127.0.0.1');

// --- The process, watched --------------------------------------------------------------------------------
const samples = [];
function parseMetrics(text) {
  const m = {};
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = line.match(/^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/);
    if (!match) continue;
    const [, name, labels = '', value] = match;
    (m[name] ??= []).push({ labels, value: Number(value) });
  }
  return m;
}
const sum = (m, name, filter = () => true) => (m[name] ?? []).filter((s) => filter(s.labels)).reduce((a, s) => a + s.value, 0);
const max = (m, name, filter = () => true) => (m[name] ?? []).filter((s) => filter(s.labels)).reduce((a, s) => Math.max(a, s.value), 0);
let metricsUrl;
async function scrape() {
  for (const url of metricsUrl ? [metricsUrl] : METRICS_URLS) {
    try {
      const response = await fetch(url, { headers: { authorization: `Bearer ${adminToken}` } });
      if (response.ok) { metricsUrl = url; return parseMetrics(await response.text()); }
    } catch { /* the next address */ }
  }
  return {};
}
async function sample() {
  const s = { t: elapsed() };
  if (API_PID) {
    try { s.rssMiB = Number(readFileSync(`/proc/${API_PID}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024; } catch { /* gone */ }
  }
  const m = await scrape();
  s.gcCount = sum(m, 'jvm_gc_pause_seconds_count');
  s.gcSeconds = sum(m, 'jvm_gc_pause_seconds_sum');
  s.gcMaxSeconds = max(m, 'jvm_gc_pause_seconds_max');
  s.oldGenMiB = sum(m, 'jvm_memory_used_bytes', (l) => l.includes('Old Gen')) / 1048576;
  s.heapMiB = sum(m, 'jvm_memory_used_bytes', (l) => l.includes('area="heap"')) / 1048576;
  s.poolWaitMaxSeconds = max(m, 'sql_pool_queue_delay_seconds_max');
  s.poolWaitCount = sum(m, 'sql_pool_queue_delay_seconds_count');
  s.poolWaitSeconds = sum(m, 'sql_pool_queue_delay_seconds_sum');
  s.poolQueued = sum(m, 'sql_pool_queue_size');
  s.poolInUse = sum(m, 'sql_pool_active');
  s.workerWaitMaxSeconds = max(m, 'worker_pool_queue_delay_seconds_max');
  // Requests the API holds (its HTTP port only; the scrape itself is on the management port).
  s.apiActiveRequests = Math.max(0, sum(m, 'http_server_active_requests', (l) => l.includes(`server_port="${new URL(URL_BASE).port}"`))
    - (metricsUrl && new URL(metricsUrl).port === new URL(URL_BASE).port ? 1 : 0));
  try {
    const rows = (await db.query(`SELECT coalesce(state, 'other') AS state, count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1`)).rows;
    s.pgConnections = rows.reduce((a, r) => a + r.n, 0);
    s.pgActive = rows.find((r) => r.state === 'active')?.n ?? 0;
    s.pgIdleInTransaction = rows.filter((r) => r.state.startsWith('idle in transaction')).reduce((a, r) => a + r.n, 0);
    // What holds connections when waits grow: the oldest transactions and who waits for a lock.
    s.transactions = (await db.query(`SELECT state, coalesce(wait_event_type, '') AS waiting,
        round(extract(epoch FROM now() - xact_start)::numeric, 3)::float8 AS age, left(regexp_replace(query, '\\s+', ' ', 'g'), 140) AS query
      FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
      ORDER BY xact_start LIMIT 3`)).rows;
    s.pgWaitingForLocks = (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n;
  } catch { /* the database is watched, not needed */ }
  s.inFlight = inFlight;
  s.load1 = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  samples.push(s);
}

/**
 * The live heap in MiB: a class histogram makes the JVM collect everything first and then counts what
 * is left, so two of them (end of warm-up, end of the run) show whether the live set keeps growing.
 */
// Why an event loop was blocked. The checker sees only that a thread has not come back to its loop for
// 100 ms; the thread may have been running the API's code, or blocked in a system call (both are the
// API's blocks), or held by the JVM at a safepoint (a collection, a deoptimisation), or runnable but
// waiting for a CPU that PostgreSQL and this generator hold on a small machine. A worker thread samples
// each event-loop thread's scheduler statistics every 10 ms (/proc/<pid>/task/<tid>/schedstat: time on a
// CPU, time runnable but waiting for one; the threads named by `jcmd Thread.print`), and the API's
// safepoint log (-Xlog:safepoint, SOAK_SAFEPOINT_LOG) gives the JVM's stops. Without them (no jcmd, no
// /proc) every block counts as the API's.
async function watchEventLoops() {
  const none = { stop: async () => null };
  if (!JCMD || !API_PID) return none;
  let threads;
  try {
    const { stdout } = await promisify(execFile)(JCMD, [API_PID, 'Thread.print'], { maxBuffer: 64 * 1024 * 1024 });
    threads = [...stdout.matchAll(/^"(vert\.x-eventloop-thread-\d+)" .*?\bnid=(0x[0-9a-f]+|\d+)/gm)].map((m) => [m[1], Number(m[2])]);
  } catch { return none; }
  if (!threads.length) return none;
  const worker = new Worker(`
    const { parentPort, workerData: { pid, threads, everyMs } } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    const series = Object.fromEntries(threads.map(([name]) => [name, []]));
    const tick = () => {
      const t = Date.now();
      for (const [name, tid] of threads) {
        try {
          const [onCpu, waiting] = readFileSync('/proc/' + pid + '/task/' + tid + '/schedstat', 'utf8').split(' ').map(Number);
          series[name].push(t, onCpu / 1e6, waiting / 1e6);
        } catch { /* the thread is gone */ }
      }
    };
    const timer = setInterval(tick, everyMs);
    parentPort.on('message', () => { clearInterval(timer); tick(); parentPort.postMessage(series); });
  `, { eval: true, workerData: { pid: Number(API_PID), threads, everyMs: 10 } });
  return {
    stop: () => new Promise((resolve) => {
      worker.once('message', (series) => { worker.terminate(); resolve(series); });
      worker.postMessage('stop');
    }),
  };
}

/** The API's safepoints from its log: when each ended (the line's time), how long the JVM was stopped. */
function readSafepoints() {
  let text;
  try { text = SAFEPOINT_LOG ? readFileSync(SAFEPOINT_LOG, 'utf8') : ''; } catch { text = ''; }
  return [...text.matchAll(/^\[([^\]]+)\] Safepoint "([^"]+)".*?Total: (\d+) ns/gm)].map((m) => {
    const to = new Date(m[1].replace(/([+-]\d\d)(\d\d)$/, '$1:$2')).getTime();
    return { cause: m[2], from: to - Number(m[3]) / 1e6, to };
  });
}

/**
 * A block's time, split: stopped by the JVM (safepoints overlapping it), waiting for a CPU (the thread's
 * run-queue wait over the samples around it, less the samples' span beyond the block, so that a wait
 * next to the block is not counted in it), on a CPU, and what is left: the API's own (running its code
 * or blocked in a call).
 */
function explainBlock(block, safepoints, series) {
  const from = block.startedAt;
  const to = block.startedAt + block.ms;
  const overlapping = safepoints.filter((p) => p.to > from && p.from < to);
  const stoppedMs = overlapping.reduce((a, p) => a + Math.min(to, p.to) - Math.max(from, p.from), 0);
  let waitingMs = null;
  let onCpuMs = null;
  if (series?.length) {
    let before = -1;
    let after = -1;
    for (let i = 0; i < series.length; i += 3) {
      if (series[i] <= from) before = i;
      if (series[i] >= to) { after = i; break; }
    }
    if (before >= 0 && after >= 0) {
      const beyond = series[after] - series[before] - block.ms;
      waitingMs = Math.max(0, series[after + 2] - series[before + 2] - beyond);
      onCpuMs = series[after + 1] - series[before + 1];
    }
  }
  const ownMs = Math.max(0, block.ms - stoppedMs - (waitingMs ?? 0));
  return { ...block, ownMs: Math.round(ownMs), stoppedMs: Math.round(stoppedMs), waitingMs: waitingMs == null ? null : Math.round(waitingMs),
    onCpuMs: onCpuMs == null ? null : Math.round(onCpuMs), safepoints: [...new Set(overlapping.map((p) => p.cause))] };
}

async function liveHeapMiB() {
  if (!JCMD || !API_PID) return null;
  try {
    const { stdout } = await promisify(execFile)(JCMD, [API_PID, 'GC.class_histogram'], { maxBuffer: 256 * 1024 * 1024 });
    const total = stdout.match(/^Total\s+\d+\s+(\d+)/m);
    return total ? Number(total[1]) / 1048576 : null;
  } catch {
    return null;
  }
}

// --- The flows ---------------------------------------------------------------------------------------------

async function login() {
  const who = pick(loginAccounts);
  const office = chance(0.3);
  const address = office ? officeAddress(units.indexOf(who.unit_code)) : phoneAddress();
  // The same account on several devices at once (a shared demo device, tabs on a flaky connection).
  const devices = chance(0.1) ? 3 + Math.floor(Math.random() * 3) : 1;
  await Promise.all(Array.from({ length: devices }, async () => {
    if (chance(0.05)) { // a typo first
      await call('login', 'POST', '/api/v1/auth/login', { address, body: { login: who.phone, password: PASSWORD + 'x' } });
    }
    const r = await call('login', 'POST', '/api/v1/auth/login', { address, body: { login: '0' + who.phone.slice(3), password: PASSWORD } });
    if (r.status === 200) { // this session's turn to refresh comes after all those before it
      refreshQueue.push({ userId: who.user_id, refreshToken: r.json.refreshToken, address, busy: false });
    }
  }));
}

async function refresh() {
  const session = refreshQueue[refreshTurn++ % refreshQueue.length];
  if (session.busy) return;
  session.busy = true;
  const r = await call('refresh', 'POST', '/api/v1/auth/refresh', { address: session.address, body: { refreshToken: session.refreshToken } });
  if (r.status === 200) session.refreshToken = r.json.refreshToken;
  session.busy = false;
}

let registered = 0;
async function register() {
  const n = ++registered;
  const unit = pick(units);
  const phone = `07${String(process.pid % 100).padStart(2, '0')}${String((Date.now() + n) % 1_000_000).padStart(6, '0')}`;
  const address = chance(0.5) ? officeAddress(units.indexOf(unit)) : phoneAddress();
  const r = await call('register', 'POST', '/api/v1/auth/register', { address, headers: { 'idempotency-key': randomUUID() }, body: {
    fullName: `Học viên mới ${n}`, phone, password: PASSWORD, learnerGroup: pick(['CITIZEN', 'WORKER', 'STUDENT', 'CBCCVC']), unitCode: unit } });
  if (r.status !== 201) return;
  const e = await call('enrol', 'POST', '/api/v1/enrollments', { token: learnerToken(r.json.id), address, body: { courseId: COURSE } });
  if (e.status === 201 || e.status === 200) {
    studying.push({ userId: r.json.id, enrollmentId: e.json.id, lesson: 0, percent: 0, busy: false });
  }
}

/** One progress report, as a phone sends it; a replay resends an earlier report exactly (same event id). */
async function report(learner, address, replay) {
  let sent = replay;
  if (!sent) {
    learner.percent = Math.min(100, learner.percent + 10 + Math.floor(Math.random() * 30));
    sent = { eventId: randomUUID(), lesson: lessons[learner.lesson], percent: learner.percent };
  }
  const r = await call('progress', 'PUT', `/api/v1/enrollments/${learner.enrollmentId}/lessons/${sent.lesson}/progress`, {
    token: learnerToken(learner.userId), address, body: { eventId: sent.eventId, percent: sent.percent, positionSeconds: sent.percent * 6 } });
  if (!replay && r.status === 200 && r.json.completed && learner.lesson < lessons.length - 1) { learner.lesson++; learner.percent = 0; }
  return sent;
}

async function progress() {
  const learner = pick(studying);
  if (learner.busy) return;
  learner.busy = true;
  await report(learner, phoneAddress());
  learner.busy = false;
}

async function offlineReplay() {
  const learner = pick(studying);
  if (learner.busy) return;
  learner.busy = true;
  const address = phoneAddress();
  const sent = [];
  const queue = 10 + Math.floor(Math.random() * 31);
  for (let i = 0; i < queue; i++) {
    // A queue flushed after a lost connection: some reports were sent before, without an answer.
    sent.push(await report(learner, address, sent.length && chance(0.2) ? pick(sent) : undefined));
  }
  learner.busy = false;
}

async function quiz() {
  const taker = quizTakers.find((t, i) => i >= Math.floor(Math.random() * quizTakers.length) && !t.busy);
  if (!taker) return;
  taker.busy = true;
  try {
    const token = learnerToken(taker.userId);
    const address = phoneAddress();
    // A learner who has used every attempt of the set is told when the next set opens (a day later):
    // the product's rule, expected; that learner is done for the morning.
    const start = await call('quiz.start', 'POST', `/api/v1/enrollments/${taker.enrollmentId}/quiz-attempts`, { token, address,
      alsoExpected: { 429: 'retake_cooldown' } });
    if (start.status !== 201 && start.status !== 200) { quizTakers.splice(quizTakers.indexOf(taker), 1); return; }
    const attemptId = start.json.id;
    const q = await call('quiz.questions', 'GET', `/api/v1/quiz-attempts/${attemptId}`, { token, address });
    if (q.status !== 200) return;
    const deadline = Date.parse(q.json.deadlineAt);
    const skill = 0.75 + Math.random() * 0.25; // most pass
    const questions = q.json.questions;
    // Answers saved one by one as they are chosen, spread over the time allowed; the submit lands
    // around the deadline, sometimes a little after it (a phone on a slow connection).
    const finishAt = deadline - 20_000 + Math.random() * 30_000;
    const step = Math.max(200, (finishAt - Date.now() - 5_000) / questions.length);
    for (const question of questions) {
      await sleep(step * (0.5 + Math.random()));
      const right = correct.get(question.questionId);
      const choice = chance(skill) ? right : pick(question.options.map((o) => o.id).filter((id) => id !== right));
      await call('quiz.answers', 'PUT', `/api/v1/quiz-attempts/${attemptId}/answers`, { token, address,
        body: { answers: [{ questionId: question.questionId, optionId: choice }] } });
    }
    await sleep(Math.max(0, finishAt - Date.now()));
    const result = await call('quiz.submit', 'POST', `/api/v1/quiz-attempts/${attemptId}/submit`, { token, address });
    if (result.status === 200 && result.json.passed) {
      quizTakers.splice(quizTakers.indexOf(taker), 1);
      if (result.json.certificateCode) certificates.push(result.json.certificateCode);
    }
  } finally {
    taker.busy = false;
  }
}

const pdf = () => call('pdf', 'GET', `/api/v1/certificates/${pick(certificates)}/pdf`, { address: chance(0.5) ? officeAddress(Math.floor(Math.random() * 96)) : phoneAddress(),
  headers: { accept: 'application/pdf, application/problem+json' }, parse: false });
const verify = () => call('verify', 'GET', `/api/v1/certificates/${pick(certificates)}`, { address: phoneAddress() });

async function dashboard() {
  const unit = pick(units);
  const token = managerToken(unit);
  const address = officeAddress(units.indexOf(unit));
  await call('dashboard.summary', 'GET', '/api/v1/stats/summary', { token, address });
  await call('dashboard.units', 'GET', '/api/v1/stats/units?size=20', { token, address });
  await call('dashboard.targets', 'GET', '/api/v1/stats/targets', { token, address });
  await call('dashboard.unit', 'GET', `/api/v1/stats/units/${unit}`, { token, address });
}
async function followUp() {
  const unit = pick(units);
  await call('followUp', 'GET', `/api/v1/stats/units/${unit}/learners?size=50`, { token: managerToken(unit), address: officeAddress(units.indexOf(unit)) });
}
let exports = 0;
const exportFile = () => call('exportFile', 'GET', `/api/v1/stats/units/export?format=${exports++ % 2 ? 'xlsx' : 'csv'}`,
  { token: adminToken, address: officeAddress(0), headers: { accept: 'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, parse: false });
const publicDashboard = () => call('publicDashboard', 'GET', '/api/v1/public/dashboard', { address: phoneAddress() });

let imports = 0;
async function rosterImport() {
  const run = `${process.pid}${++imports}`;
  const rows = ['Họ và tên,Số điện thoại,Email,Mã xã/phường,Cơ quan,Mã cán bộ'];
  for (let i = 0; i < 500; i++) {
    rows.push(`Cán bộ thử ${run}-${i},086${String((Number(run) * 1000 + i) % 10_000_000).padStart(7, '0')},,${pick(units)},,SOAK-${run}-${i}`);
  }
  const r = await call('roster.upload', 'POST', '/api/v1/imports/rosters?confirm=true&fileName=soak.csv', { token: integrator,
    address: integratorAddress, raw: rows.join('\r\n') + '\r\n', contentType: 'text/csv; charset=utf-8', headers: { 'idempotency-key': randomUUID() } });
  if (r.status !== 202) return;
  // Polled as an HR system would, until done; an import still running when the drain ends is a finding.
  while (running || Date.now() < drainDeadline) {
    await sleep(2000);
    const s = await call('roster.status', 'GET', `/api/v1/imports/rosters/${r.json.id}`, { token: integrator, address: integratorAddress });
    if (s.json?.status === 'DONE' || s.json?.status === 'FAILED') break;
  }
  await call('roster.result', 'GET', `/api/v1/imports/rosters/${r.json.id}/result`, { token: integrator, address: integratorAddress,
    headers: { accept: 'text/csv' }, parse: false });
}

// --- Arrivals ------------------------------------------------------------------------------------------------
const FLOWS = { login, refresh, register, progress, offlineReplay, quiz, pdf, verify, dashboard, followUp, exportFile,
  publicDashboard, rosterImport };
// SOAK_ONLY=login,refresh plays those flows alone (at their rates): to find which one a failure comes from.
const ONLY = env.SOAK_ONLY ? env.SOAK_ONLY.split(',') : null;
let running = true;
// When the last answers are due: a test started at the end runs to its deadline (2 minutes) and a little after.
const DRAIN_MS = Number(env.SOAK_DRAIN_SECONDS ?? 150) * 1000;
let drainDeadline = Infinity;
const pending = new Set();
const pendingByFlow = {};
async function arrivals(name, perMinute) {
  const rate = (perMinute * SCALE) / 60_000; // per millisecond at the full mix
  if (rate <= 0) return;
  // The slow ones (a roster every five minutes) come once 5 s into the warm-up and once 5 s into the
  // judged part (unless one came just before), so that a short run warms them up and judges one too.
  const slow = perMinute < 1;
  const firsts = slow ? [...new Set([5, WARMUP + 5])].map((s) => started + s * 1000) : [];
  const gap = () => -Math.log(1 - Math.random()) / rate; // Poisson arrivals
  let next = slow ? firsts.shift() : performance.now() + gap();
  while (running) {
    const wait = next - performance.now();
    if (wait > 0) await sleep(Math.min(wait, 250));
    if (!running || performance.now() < next) continue;
    const at = next;
    next += gap();
    if (firsts.length && next > firsts[0]) next = Math.max(firsts.shift(), at + (slow ? 10_000 : 0));
    // The warm-up's ramp by thinning: each arrival of the full mix is kept with the ramp's share, which
    // keeps the arrivals Poisson at the lower rate (and a slow one that was placed is always kept).
    if (!slow && Math.random() >= ramp(at)) continue;
    if (inFlight >= MAX_IN_FLIGHT) { skipped++; continue; }
    inFlight++;
    pendingByFlow[name] = (pendingByFlow[name] ?? 0) + 1;
    const flow = FLOWS[name]().catch((error) => {
      const record = judged(at) ? op(name) : op(name).warmup;
      record.errors[error.message] = (record.errors[error.message] ?? 0) + 1;
    })
      .finally(() => { inFlight--; pendingByFlow[name]--; pending.delete(flow); });
    pending.add(flow);
  }
}

console.error(`[soak] a warm-up of ${WARMUP}s (from ${WARMUP_FROM}× up to the mix), then ${SECONDS}s judged at ${SCALE}× `
  + `the morning peak; ${loginAccounts.length} accounts log in, `
  + `${refreshQueue.length} sessions refresh, `
  + `${studying.length} study, ${quizTakers.length} take the test, ${certificates.length} certificates`);
const schedule = await watchEventLoops();
started = performance.now();
await sample();
const sampler = setInterval(() => { sample().catch(() => {}); }, SAMPLE_EVERY_MS);
const tokenRefresher = setInterval(async () => { integrator = await integratorToken().catch(() => integrator); }, 10 * 60_000);
const streams = Object.entries(MIX).filter(([name]) => !ONLY || ONLY.includes(name)).map(([name, perMinute]) => arrivals(name, perMinute));
let liveAtWarmup = null;
const weighing = sleep(Math.max(0, WARMUP - 5) * 1000).then(async () => { liveAtWarmup = await liveHeapMiB(); });
const progressLine = setInterval(() => {
  const s = samples.at(-1) ?? {};
  console.error(`[soak] ${Math.round(elapsed())}s: ${inFlight} in flight, RSS ${Math.round(s.rssMiB ?? 0)} MiB, `
    + `pool wait max ${(s.poolWaitMaxSeconds ?? 0).toFixed(3)} s, ${s.pgConnections ?? '?'} PostgreSQL connections, ${webhooks.received} webhooks`);
}, 30_000);
await sleep((WARMUP + SECONDS) * 1000);
await weighing;
// The judged part ends here, before the weighing below: weighing is a full collection that stops the
// API, and a pause the soak itself causes is not the API's block.
const measuredUntil = elapsed();
// Weighed under load too, for the record; the verdict weighs after the drain (below), when no request
// holds memory any more, so that what is compared is what the process keeps.
const liveUnderLoadAtEnd = await liveHeapMiB();
drainDeadline = Date.now() + DRAIN_MS;
running = false;
await Promise.all(streams);
const drainStarted = Date.now();
while (pending.size && Date.now() < drainDeadline) await sleep(500);
const drainedSeconds = Math.round((Date.now() - drainStarted) / 100) / 10;
// Nothing may be left: neither a flow of the generator (a request never answered, an import never done)
// nor a request the API still holds.
const leftInFlight = Object.fromEntries(Object.entries(pendingByFlow).filter(([, n]) => n > 0));
const liveAtEnd = await liveHeapMiB();
clearInterval(progressLine);
clearInterval(tokenRefresher);
clearInterval(sampler);
await sample();
await sleep(3000); // the last webhooks of the last events
receiver.close();
await db.end();
await http.close();

// --- Verdict -------------------------------------------------------------------------------------------------
const measuredSeconds = SECONDS;
const ms = (h, p) => Math.round(h.getValueAtPercentile(p) / 100) / 10;
const table = [...ops.entries()].filter(([name, o]) => name !== 'setup' && (Object.keys(o.statuses).length || Object.keys(o.errors).length)).sort().map(([name, o]) => ({
  operation: name, requests: Object.values(o.statuses).reduce((a, b) => a + b, 0), perSecond: Math.round((o.measured / measuredSeconds) * 10) / 10,
  p50: ms(o.histogram, 50), p95: ms(o.histogram, 95), p99: ms(o.histogram, 99), statuses: o.statuses, problems: o.problems, unexpected: o.unexpected, errors: o.errors,
}));
const after = samples.filter((s) => s.t >= WARMUP);
// Memory: the trend of the resident size (and of the old generation's floor, the heap after collections)
// over the measured part, as a least-squares slope, extrapolated over that part.
function trend(points) {
  if (points.length < 3) return 0;
  const n = points.length;
  const mx = points.reduce((a, p) => a + p[0], 0) / n;
  const my = points.reduce((a, p) => a + p[1], 0) / n;
  const slope = points.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0) / points.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
  return slope * (points.at(-1)[0] - points[0][0]);
}
const rss = after.filter((s) => s.rssMiB).map((s) => [s.t, s.rssMiB]);
const rssGrowth = trend(rss);
const rssMedian = rss.map((p) => p[1]).sort((a, b) => a - b)[Math.floor(rss.length / 2)] ?? 0;
const heapGrowth = liveAtWarmup != null && liveAtEnd != null ? liveAtEnd - liveAtWarmup : null;
// Event-loop blocks: the checker (every 20 ms) warns again and again while one lasts; one block is one
// thread and one start time (the warning's time less the time blocked). Blocks during the warm-up are
// reported but not judged: the first requests load classes from the jar on the event loop.
const logText = API_LOG ? readFileSync(API_LOG, 'utf8') : '';
const blocks = new Map();
for (const m of logText.matchAll(/^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) .*Thread Thread\[#?\d*,?(vert\.x-eventloop-thread-\d+)[^\]]*\] has been blocked for (\d+) ms[^\n]*\n((?:\s+at [^\n]*\n){0,40})/gm)) {
  const at = new Date(`${m[1].replace(' ', 'T')}.${m[2]}`).getTime();
  const ms = Number(m[4]);
  const key = `${m[3]}@${Math.round((at - ms) / 50)}`;
  const frames = m[5].split('\n').map((f) => f.trim().replace(/^at /, '')).filter((f) => f && !/^(java\.|jdk\.|io\.netty|io\.vertx\.core|io\.smallrye\.mutiny|io\.smallrye\.context)/.test(f));
  const block = blocks.get(key);
  if (!block || block.ms < ms) blocks.set(key, { thread: m[3], ms, startedAt: at - ms, frames: frames.slice(0, 4) });
}
const wallStart = Date.now() - elapsed() * 1000;
const eventLoops = await schedule.stop();
const safepoints = readSafepoints();
const blockList = [...blocks.values()].map((b) => explainBlock(
  { ...b, t: Math.round((b.startedAt - wallStart) / 100) / 10 }, safepoints, eventLoops?.[b.thread]));
const afterWarmup = blockList.filter((b) => b.t >= WARMUP && b.t < measuredUntil);
// Judged: a block whose own part (the time not explained by the JVM's stops or a wait for a CPU) reaches
// the checker's limit. The others are reported, with their split.
const blocked = afterWarmup.filter((b) => b.ownMs >= BLOCK_LIMIT_MS);
const excused = afterWarmup.filter((b) => b.ownMs < BLOCK_LIMIT_MS);
const warmupBlocks = blockList.filter((b) => b.t < WARMUP);
const judgedSafepoints = safepoints.filter((p) => p.from >= wallStart + WARMUP * 1000 && p.from < wallStart + measuredUntil * 1000);
const describeBlock = (b) => `${b.ms} ms (${b.ownMs} ms its own, ${b.stoppedMs} ms stopped by the JVM${b.safepoints.length ? ` for ${b.safepoints.join(', ')}` : ''}, `
  + `${b.waitingMs ?? '?'} ms waiting for a CPU, ${b.onCpuMs ?? '?'} ms on one)`;
const fiveHundreds = table.reduce((a, r) => a + Object.entries(r.statuses).filter(([s]) => s >= 500).reduce((b, [, n]) => b + n, 0), 0);
const unexpected = table.filter((r) => Object.keys(r.unexpected).length || Object.keys(r.errors).length);
// The pool's longest wait is a decaying maximum (Micrometer keeps it about two minutes), so a wait of
// the warm-up is still shown well into the judged part. A wait after the warm-up is the value of a sample
// that rose above the sample before it; one no longer than a longer wait of the warm-up is not told
// apart, but a wait of 1 s is the pool's acquire timeout and answers 503 (judged above).
const poolWaitMax = Math.max(0, ...samples.map((s) => s.poolWaitMaxSeconds ?? 0));
const poolWaitAfterWarmup = Math.max(0, ...samples.map((s, i) => (s.t >= WARMUP && i > 0
  && (s.poolWaitMaxSeconds ?? 0) > (samples[i - 1].poolWaitMaxSeconds ?? 0) ? s.poolWaitMaxSeconds : 0)));
const poolWaitDuringWarmup = Math.max(0, ...samples.filter((s) => s.t < WARMUP).map((s) => s.poolWaitMaxSeconds ?? 0));
// Requests that waited the pool's whole acquire timeout (1 s) and were refused: waits of 1 s at least.
const poolRefusals = [...ops.values()].reduce((a, o) => a + (o.problems.service_unavailable ?? 0), 0);
// What the warm-up answered, for the record.
const warmup = [...ops.values()].reduce((a, o) => {
  for (const [status, n] of Object.entries(o.warmup.statuses)) {
    a.requests += n;
    if (status >= 500) a.fiveHundreds += n;
  }
  a.unexpected += Object.values(o.warmup.unexpected).reduce((b, n) => b + n, 0) + Object.values(o.warmup.errors).reduce((b, n) => b + n, 0);
  return a;
}, { requests: 0, fiveHundreds: 0, unexpected: 0 });
const apiHeld = samples.at(-1)?.apiActiveRequests ?? 0;
const checks = [
  ['no 5xx after warm-up', fiveHundreds === 0, `${fiveHundreds} answers 5xx (during warm-up: ${warmup.fiveHundreds} of ${warmup.requests})`],
  ['only expected answers after warm-up', unexpected.length === 0, unexpected.map((r) => `${r.operation}: ${JSON.stringify({ ...r.unexpected, ...r.errors })}`).join('; ') || 'none'],
  ['no event-loop block over 100 ms after warm-up', blocked.length === 0, `${blocked.length} blocks by the API's own work${blocked.length
    ? `, longest ${describeBlock(blocked.sort((a, b) => b.ownMs - a.ownMs)[0])}, at ${blocked[0].frames.join(' < ')}` : ''}`
    + `${excused.length ? `; not the API's: ${excused.map(describeBlock).join('; ')}` : ''}`
    + ` (during warm-up: ${warmupBlocks.length})${eventLoops ? '' : ' (the event-loop threads were not watched: every block counted)'}`],
  ['resident memory flat after warm-up', rssGrowth <= Math.max(48, rssMedian * 0.08),
    `${rssGrowth.toFixed(1)} MiB over the measured ${measuredSeconds} s (median ${Math.round(rssMedian)} MiB)`],
  ['live heap flat after warm-up', heapGrowth != null && heapGrowth <= Math.max(32, liveAtWarmup * 0.1),
    heapGrowth == null ? 'not weighed (no jcmd)' : `${liveAtWarmup.toFixed(1)} MiB live after warm-up, ${liveAtEnd.toFixed(1)} MiB after the drain`
      + ` (${liveUnderLoadAtEnd?.toFixed(1) ?? '?'} MiB at the end of the load)`],
  ['database pool wait under 1 s after warm-up', poolWaitAfterWarmup < 1 && poolRefusals === 0,
    `longest wait ${poolWaitAfterWarmup ? `${poolWaitAfterWarmup.toFixed(3)} s` : 'none longer than the warm-up\'s'}, `
    + `${poolRefusals} requests refused after waiting 1 s (503 service_unavailable)`
    + ` (during warm-up: longest ${poolWaitDuringWarmup.toFixed(3)} s)`],
  ['nothing left in flight', pending.size === 0 && apiHeld === 0, pending.size === 0 && apiHeld === 0
    ? `all answered ${drainedSeconds} s after the load stopped`
    : `after ${drainedSeconds} s: ${JSON.stringify(leftInFlight)} flows of the generator, ${apiHeld} requests held by the API`],
  ['webhooks delivered and signed', webhooks.received > 0 && webhooks.badSignature === 0, `${webhooks.received} received, ${webhooks.badSignature} badly signed`],
];
const last = samples.at(-1) ?? {};
const process_ = {
  liveHeapMiB: { afterWarmup: liveAtWarmup, endOfLoad: liveUnderLoadAtEnd, afterDrain: liveAtEnd },
  rssMiB: { start: Math.round(samples[0]?.rssMiB ?? 0), afterWarmup: Math.round(rss[0]?.[1] ?? 0), end: Math.round(last.rssMiB ?? 0),
    max: Math.round(Math.max(...samples.map((s) => s.rssMiB ?? 0))) },
  gc: { pauses: last.gcCount, totalSeconds: Math.round((last.gcSeconds ?? 0) * 1000) / 1000, longestSeconds: Math.max(...samples.map((s) => s.gcMaxSeconds ?? 0)) },
  warmup: { seconds: WARMUP, from: WARMUP_FROM, ...warmup },
  pool: { longestWaitSeconds: poolWaitAfterWarmup, longestWaitDuringWarmupSeconds: poolWaitDuringWarmup, longestWaitShown: poolWaitMax, waits: last.poolWaitCount, maxQueued: Math.max(...samples.map((s) => s.poolQueued ?? 0)),
    maxInUse: Math.max(...samples.map((s) => s.poolInUse ?? 0)) },
  postgres: { maxConnections: Math.max(...samples.map((s) => s.pgConnections ?? 0)), maxActive: Math.max(...samples.map((s) => s.pgActive ?? 0)),
    maxIdleInTransaction: Math.max(...samples.map((s) => s.pgIdleInTransaction ?? 0)),
    maxWaitingForLocks: Math.max(...samples.map((s) => s.pgWaitingForLocks ?? 0)),
    longestTransactions: samples.flatMap((s) => s.transactions ?? []).sort((a, b) => b.age - a.age)
      .filter((t, i, all) => all.findIndex((u) => u.query === t.query) === i).slice(0, 5) },
  blocks: { judged: blocked, notTheApis: excused, duringWarmup: warmupBlocks, watched: eventLoops != null },
  safepoints: { afterWarmup: judgedSafepoints.length, longestMs: Math.round(Math.max(0, ...judgedSafepoints.map((p) => p.to - p.from))) }, workerWaitMaxSeconds: Math.max(...samples.map((s) => s.workerWaitMaxSeconds ?? 0)),
  webhooks: { received: webhooks.received, lagP50ms: webhooks.lag.getValueAtPercentile(50), lagP99ms: webhooks.lag.getValueAtPercentile(99) },
  skippedArrivals: skipped, drainedSeconds, leftInFlight, apiHeldAtEnd: apiHeld,
  machine: { priority: env.SOAK_PRIORITY ?? null, loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') },
};
const passed = checks.every(([, ok]) => ok);

const lines = [];
lines.push(`Soak: ${SECONDS} s judged at ${SCALE}× the morning peak, after a warm-up of ${WARMUP} s (from ${WARMUP_FROM}× up to the mix), ${new Date().toISOString()}`);
lines.push('', '| operation | requests | per second | p50 ms | p95 ms | p99 ms | answers |', '|---|---:|---:|---:|---:|---:|---|');
for (const r of table) {
  lines.push(`| ${r.operation} | ${r.requests} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(' ')}${Object.keys(r.problems).length ? ` (5xx: ${Object.entries(r.problems).map(([c, n]) => `${c}×${n}`).join(' ')})` : ''}${Object.keys(r.errors).length ? ` errors ${JSON.stringify(r.errors)}` : ''} |`);
}
lines.push('', '| process | value |', '|---|---|');
lines.push(`| resident memory (MiB) | start ${process_.rssMiB.start}, after warm-up ${process_.rssMiB.afterWarmup}, end ${process_.rssMiB.end}, max ${process_.rssMiB.max} |`);
lines.push(`| live heap (MiB, after a full collection) | after warm-up ${liveAtWarmup?.toFixed(1) ?? '?'}, end of the load ${liveUnderLoadAtEnd?.toFixed(1) ?? '?'}, after the drain ${liveAtEnd?.toFixed(1) ?? '?'} |`);
lines.push(`| JVM safepoints after warm-up | ${process_.safepoints.afterWarmup}, longest ${process_.safepoints.longestMs} ms${SAFEPOINT_LOG ? '' : ' (no safepoint log)'} |`);
lines.push(`| GC pauses | ${process_.gc.pauses} pauses, ${process_.gc.totalSeconds} s in all, longest ${process_.gc.longestSeconds} s |`);
lines.push(`| warm-up (not judged) | ${WARMUP} s from ${WARMUP_FROM}× to 1×: ${warmup.requests} answers, ${warmup.fiveHundreds} × 5xx, ${warmup.unexpected} unexpected |`);
lines.push(`| database pool | longest wait ${poolWaitAfterWarmup.toFixed(3)} s after warm-up (${poolWaitDuringWarmup.toFixed(3)} s during it), ${process_.pool.waits} waits, at most ${process_.pool.maxQueued} queued, ${process_.pool.maxInUse} in use |`);
lines.push(`| PostgreSQL connections | at most ${process_.postgres.maxConnections} (${process_.postgres.maxActive} active, ${process_.postgres.maxIdleInTransaction} idle in transaction) |`);
lines.push(`| PostgreSQL lock waits | at most ${process_.postgres.maxWaitingForLocks} sessions waiting for a lock at once |`);
lines.push(`| longest transactions seen | ${process_.postgres.longestTransactions.map((t) => `${t.age} s ${t.state}${t.waiting ? ` (waiting: ${t.waiting})` : ''}: \`${t.query.replace(/\|/g, '/')}\``).join('<br>') || 'none'} |`);
lines.push(`| event-loop blocks over 100 ms | ${afterWarmup.length} after warm-up, ${blocked.length} of them the API's own${blocked.length ? ` (longest ${Math.max(...blocked.map((b) => b.ownMs))} ms)` : ''}, `
  + `${excused.length} held by the JVM or waiting for a CPU, `
  + `${warmupBlocks.length} during warm-up${warmupBlocks.length ? ` (longest ${Math.max(...warmupBlocks.map((b) => b.ms))} ms)` : ''} |`);
lines.push(`| webhooks received | ${webhooks.received}, lag p50 ${process_.webhooks.lagP50ms} ms, p99 ${process_.webhooks.lagP99ms} ms |`);
lines.push(`| arrivals skipped (over ${MAX_IN_FLIGHT} in flight) | ${skipped} |`);
lines.push(`| drained | ${drainedSeconds} s after the load stopped; left: ${JSON.stringify(leftInFlight)} flows, ${apiHeld} requests in the API |`);
lines.push(`| machine | load average ${process_.machine.loadAverage} at the end (${Math.min(...samples.map((x) => x.load1 ?? Infinity))}–${Math.max(...samples.map((x) => x.load1 ?? 0))} during the run); scheduling: ${process_.machine.priority ?? 'not recorded'} |`);
lines.push('', '| check | result | |', '|---|---|---|');
for (const [name, ok, detail] of checks) lines.push(`| ${name} | ${ok ? 'pass' : '**FAIL**'} | ${detail} |`);
lines.push('', `Resident memory over time, warm-up and drain included (MiB, about every ${Math.round(((samples.at(-1)?.t ?? 0) - (samples[0]?.t ?? 0)) / 20)} s): `
  + samples.filter((_, i) => i % Math.max(1, Math.round(samples.length / 20)) === 0).map((s) => Math.round(s.rssMiB ?? 0)).join(' '));
const summary = lines.join('\n');
mkdirSync(OUT, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(`${OUT}/soak-${stamp}.md`, summary + '\n');
writeFileSync(`${OUT}/soak-${stamp}.json`, JSON.stringify({ seconds: SECONDS, warmup: WARMUP, scale: SCALE, mix: MIX, table, process: process_,
  checks: checks.map(([name, ok, detail]) => ({ name, ok, detail })), samples }, null, 1));
console.log(summary);
console.error(`[soak] ${passed ? 'PASSED' : 'FAILED'}; written to ${OUT}/soak-${stamp}.md`);
process.exit(passed ? 0 : 1);

// The kill test of `make test-cluster` (scripts/cluster-test.sh starts the cluster and runs this file).
// Against real replicas of the packaged API behind Debian's HAProxy, on a database of its own:
//   1. what must be shared is shared: a login lockout counted across the replicas, an Idempotency-Key used
//      on one replica replayed by another, a background job's lease taken by one replica only, a target
//      changed through one replica seen through another within its cache's documented TTL;
//   2. learners progressing through lessons (progress reports: writes without a key), re-enrolling with an
//      Idempotency-Key, reading their enrolment, and an administrator creating service accounts with and
//      without a key, through the balancer; one replica is killed with SIGKILL in the middle, the one made to
//      hold a POST without a key (waiting for a table lock psql holds): that POST is answered 502 and not
//      replayed, only the requests in flight at the kill may fail, every acknowledged write is in the
//      database, retrying the failed keyed requests creates nothing twice, HAProxy marks the replica down and
//      routes around it;
//   3. the replica is started again and HAProxy sends it requests again.
// Node rather than a Java test: the test is a set of HTTP clients and a few psql statements around processes
// it kills and starts (through scripts/cluster.sh), and Node's fetch gives it concurrent clients with no build
// and no dependency. Plain Node (no test runner): the steps depend on each other and run in order; the exit
// code and the closing "N passed, N failed" line are the verdict.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const env = process.env;
const REPLICAS = Number(env.HOCVUSO_CLUSTER_REPLICAS ?? 3);
const LB = `http://127.0.0.1:${env.CLUSTER_PORT}`;
const STATS = `http://127.0.0.1:${env.CLUSTER_STATS_PORT}/;csv`;
const replicaUrl = (n) => `http://127.0.0.1:${Number(env.CLUSTER_API_PORT) + n - 1}`;
const CLUSTER_SH = new URL('../cluster.sh', import.meta.url).pathname;
const PASSWORD = readFileSync(new URL('../../.secrets/demo-password', import.meta.url), 'utf8').trim();
const ADMIN_PHONE = '0900000004';
const CLIENTS = Number(env.CLUSTER_TEST_CLIENTS ?? 8);
const LOAD_BEFORE_MS = Number(env.CLUSTER_TEST_LOAD_BEFORE_MS ?? 8000);
const LOAD_AFTER_MS = Number(env.CLUSTER_TEST_LOAD_AFTER_MS ?? 10000);
const TARGET_TTL_MS = 10_000; // HOCVUSO_STATS_TARGET_CACHE_TTL's default (docs/operations.md, Statistics caches)
const RUN = Date.now().toString(36);

let passed = 0;
let failed = 0;
const t0 = performance.now();
const log = (msg) => console.log(`[cluster-test ${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
async function check(name, fn) {
  try {
    await fn();
    passed++;
    log(`ok   ${name}`);
  } catch (e) {
    failed++;
    log(`FAIL ${name}: ${e.message}`);
  }
}

/** One request; never throws: a connection that fails or answers nothing is status 0. */
async function call(base, method, path, { token, body, headers = {} } = {}) {
  const started = performance.now();
  try {
    const res = await fetch(base + path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return {
      status: res.status,
      json,
      replica: res.headers.get('x-hocvuso-replica'),
      replayed: res.headers.get('idempotent-replayed') === 'true',
      started,
      ended: performance.now(),
    };
  } catch (e) {
    return { status: 0, error: String(e.cause?.code ?? e.name ?? e), started, ended: performance.now() };
  }
}

const ok = (r) => r.status >= 200 && r.status < 300;
function expectStatus(r, statuses, what) {
  assert.ok([].concat(statuses).includes(r.status), `${what}: ${r.status} ${r.error ?? JSON.stringify(r.json)?.slice(0, 300)}`);
  return r.json;
}

function psql(sql) {
  return execFileSync('psql', ['-XAtq', '-v', 'ON_ERROR_STOP=1'], { input: sql, encoding: 'utf8' }).trim();
}

/** HAProxy's statistics of the backends: one object per row ("replicas/replica1", "replicas_once/BACKEND"..), by column name. */
async function balancerRows() {
  const csv = await (await fetch(STATS, { signal: AbortSignal.timeout(5000) })).text();
  const [header, ...rows] = csv.trim().split('\n');
  const cols = header.replace(/^# /, '').split(',');
  const out = {};
  for (const row of rows.map((r) => r.split(','))) {
    out[`${row[cols.indexOf('pxname')]}/${row[cols.indexOf('svname')]}`] = Object.fromEntries(cols.map((c, i) => [c, row[i]]));
  }
  return out;
}

/** Each replica's state as HAProxy's statistics say (UP, DOWN, ...). */
async function balancerStates() {
  const rows = await balancerRows();
  // the backend `replicas` checks them; `replicas_once` tracks those checks
  return Object.fromEntries(Object.entries(rows).filter(([k]) => k.startsWith('replicas/replica')).map(([k, v]) => [k.slice(9), v.status]));
}

/** A psql session that takes a lock (`sql`) and keeps it until release(): requests that need it wait in their replica. */
async function holdLock(sql) {
  const session = spawn('psql', ['-XAtq', '-v', 'ON_ERROR_STOP=1'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const held = new Promise((resolve) => session.stdout.on('data', (d) => String(d).includes('held') && resolve()));
  session.stdin.write(`BEGIN; ${sql}; SELECT 'held';\n`);
  await held;
  return { release: () => session.stdin.end('COMMIT;\n') };
}

/** How many of the replicas' database sessions wait for a lock in a statement on `table`. */
const waitingOn = (table) =>
  Number(psql(`SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%${table}%' AND pid <> pg_backend_pid()`));

/** Polls until cond() is true, up to ms; answers the time it took. */
async function until(what, ms, cond, every = 100) {
  const start = performance.now();
  for (;;) {
    if (await cond()) return performance.now() - start;
    if (performance.now() - start > ms) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, every));
  }
}

async function login(base, phone, password = PASSWORD) {
  const r = await call(base, 'POST', '/api/v1/auth/login', { body: { login: phone, password } });
  return expectStatus(r, 200, `login ${phone}`).accessToken;
}

const phones = new Set();
function newPhone() {
  for (;;) {
    const p = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    if (!phones.has(p) && !p.startsWith('090000')) {
      phones.add(p);
      return p;
    }
  }
}

async function register(fullName) {
  const p = newPhone();
  const body = { fullName, phone: p, password: PASSWORD, learnerGroup: 'CITIZEN', unitCode: '21211' };
  const r = await call(LB, 'POST', '/api/v1/auth/register', { body, headers: { 'Idempotency-Key': randomUUID() } });
  expectStatus(r, 201, `register ${fullName}`);
  return p;
}

// ---------------------------------------------------------------------------------------------------------
log(`${REPLICAS} replicas at ${replicaUrl(1)}.., the balancer at ${LB}; ${CLIENTS} learners`);
await until('every replica UP in HAProxy', 30_000, async () =>
  Object.values(await balancerStates()).filter((s) => s === 'UP').length === REPLICAS);

const admin = await login(LB, ADMIN_PHONE);
const courses = expectStatus(await call(LB, 'GET', '/api/v1/courses'), 200, 'courses').items;
const course = courses.find((c) => c.lessonCount > 0);
assert.ok(course, 'the demo data has a published course');

// The learners: registered (with an Idempotency-Key), logged in, enrolled; the course's lessons in order.
const learners = [];
for (let i = 0; i < CLIENTS; i++) {
  const p = await register(`Học viên thử cụm ${i + 1}`);
  learners.push({ phone: p, token: await login(LB, p) });
}
const outline = expectStatus(await call(LB, 'GET', `/api/v1/courses/${course.id}`, { token: learners[0].token }), 200, 'outline');
const lessons = outline.modules.flatMap((m) => m.lessons).map((l) => l.id);
for (const l of learners) {
  const e = await call(LB, 'POST', '/api/v1/enrollments', { token: l.token, body: { courseId: course.id }, headers: { 'Idempotency-Key': randomUUID() } });
  l.enrollment = expectStatus(e, 201, 'enrol').id;
}
log(`course "${course.title}": ${lessons.length} lessons; ${learners.length} learners enrolled`);

// ---------------------------------------------------------------------------------------------------------
// 1. Shared state.
await check('a login lockout is counted across the replicas (5 wrong passwords spread over them lock the account on every one)', async () => {
  const p = await register('Học viên thử khóa đăng nhập');
  const perReplica = {};
  for (let i = 0; i < 5; i++) {
    const n = (i % REPLICAS) + 1;
    perReplica[n] = (perReplica[n] ?? 0) + 1;
    const r = await call(replicaUrl(n), 'POST', '/api/v1/auth/login', { body: { login: p, password: 'sai-mat-khau-' + i } });
    expectStatus(r, 401, `wrong password ${i + 1} on replica ${n}`);
  }
  assert.ok(Object.values(perReplica).every((c) => c < 5), 'no replica saw all five');
  for (let n = 1; n <= REPLICAS; n++) {
    const r = await call(replicaUrl(n), 'POST', '/api/v1/auth/login', { body: { login: p, password: PASSWORD } });
    expectStatus(r, 429, `the right password on replica ${n} while locked`);
    assert.equal(r.json.code, 'too_many_attempts');
    assert.ok(r.json.retryAfterSeconds > 0, 'says how long to wait');
  }
});

await check('an Idempotency-Key used on one replica is replayed by another (same answer, nothing created twice)', async () => {
  const key = randomUUID();
  const body = { name: `Cụm thử idempotency ${RUN}`, scopes: ['stats:read'] };
  const first = await call(replicaUrl(1), 'POST', '/api/v1/admin/service-accounts', { token: admin, body, headers: { 'Idempotency-Key': key } });
  expectStatus(first, 201, 'first on replica 1');
  const again = await call(replicaUrl(2), 'POST', '/api/v1/admin/service-accounts', { token: admin, body, headers: { 'Idempotency-Key': key } });
  expectStatus(again, 201, 'replay on replica 2');
  assert.ok(again.replayed, 'Idempotent-Replayed: true');
  assert.ok(first.json.account.id, 'the first answer names the account');
  assert.equal(again.json.account.id, first.json.account.id);
  const other = await call(replicaUrl(REPLICAS), 'POST', '/api/v1/admin/service-accounts', { token: admin, body: { ...body, name: body.name + ' khác' }, headers: { 'Idempotency-Key': key } });
  expectStatus(other, 422, `another body with the key on replica ${REPLICAS}`);
  assert.equal(psql(`SELECT count(*) FROM service_account WHERE name = '${body.name}'`), '1');
});

await check('a background job lease is taken by one replica only (reminders asked of every replica at once)', async () => {
  expectStatus(await call(replicaUrl(1), 'POST', '/api/v1/admin/notification-jobs/reminders/run', { token: admin }), 200, 'a first run');
  // psql holds the lease's row, so that every replica's attempt to take it waits on the same row, then lets go:
  // all of them then race for the lease at one moment.
  const lease = await holdLock("SELECT 1 FROM job_lease WHERE name = 'learner-reminders' FOR UPDATE");
  const runs = [];
  for (let n = 1; n <= REPLICAS; n++) {
    runs.push(call(replicaUrl(n), 'POST', '/api/v1/admin/notification-jobs/reminders/run', { token: admin }));
  }
  try {
    await until('every replica waiting for the lease', 15_000, () => waitingOn('job_lease') === REPLICAS);
  } finally {
    lease.release();
  }
  const answers = await Promise.all(runs);
  answers.forEach((a, i) => expectStatus(a, 200, `run on replica ${i + 1}`));
  assert.equal(answers.filter((a) => a.json.ran).length, 1, `ran: ${answers.map((a) => a.json.ran).join(', ')}`);
});

await check(`a target changed through one replica is seen through another within its cache's TTL (${TARGET_TTL_MS / 1000} s)`, async () => {
  const target = { name: `Mục tiêu thử cụm ${RUN}`, learnerGroup: 'ADULTS', metric: 'PARTICIPATION_RATE', value: 40, startsOn: '2026-01-01', deadline: '2026-12-31', scope: 'PROVINCE' };
  const created = expectStatus(await call(replicaUrl(1), 'POST', '/api/v1/admin/targets', { token: admin, body: target }), 201, 'create');
  const valueOn = async (n) => {
    const list = expectStatus(await call(replicaUrl(n), 'GET', '/api/v1/stats/targets', { token: admin }), 200, `targets on ${n}`);
    return (list.items ?? list).find((t) => t.target.id === created.id)?.target.value;
  };
  await until('replica 2 shows the new target', TARGET_TTL_MS + 2000, async () => (await valueOn(2)) === 40);
  // replica 2 now holds the targets in its cache; the change goes through replica 1
  expectStatus(await call(replicaUrl(1), 'PUT', `/api/v1/admin/targets/${created.id}`, { token: admin, body: { ...target, value: 55 } }), 200, 'change');
  assert.equal(await valueOn(1), 55, 'the replica that changed it shows it at once');
  const took = await until('replica 2 shows the change', TARGET_TTL_MS + 2000, async () => (await valueOn(2)) === 55, 250);
  log(`     replica 2 showed the change after ${(took / 1000).toFixed(1)} s`);
});

// ---------------------------------------------------------------------------------------------------------
// 2. Load, and a replica killed in the middle of it.
const requests = []; // every request of the load: {kind, status, started, ended, replica, ...}
let stopping = false;
async function learnerLoop(l) {
  let i = 0;
  let position = 0;
  for (let step = 0; !stopping; step++) {
    const lesson = lessons[Math.min(i, lessons.length - 1)];
    const eventId = randomUUID();
    position += 5;
    const r = await call(LB, 'PUT', `/api/v1/enrollments/${l.enrollment}/lessons/${lesson}/progress`, { token: l.token, body: { eventId, percent: 100, positionSeconds: position } });
    requests.push({ kind: 'progress', learner: l, eventId, applied: r.json?.applied, ...r });
    if (ok(r)) i++;
    if (step % 3 === 2) requests.push({ kind: 'read', ...(await call(LB, 'GET', `/api/v1/enrollments/${l.enrollment}`, { token: l.token })) });
    if (step % 4 === 3) {
      const key = randomUUID();
      const e = await call(LB, 'POST', '/api/v1/enrollments', { token: l.token, body: { courseId: course.id }, headers: { 'Idempotency-Key': key } });
      requests.push({ kind: 'enrol', key, learner: l, ...e });
    }
  }
}
let adminGate = null; // while set, the administrator's client waits for it before its next request
let adminWaiting = false;
async function adminLoop() {
  for (let n = 0; !stopping; n++) {
    if (adminGate) {
      adminWaiting = true;
      await adminGate;
      adminWaiting = false;
    }
    const keyed = n % 2 === 0;
    const key = keyed ? randomUUID() : null;
    const body = { name: `Cụm thử ${RUN} số ${n}`, scopes: ['stats:read'] };
    const r = await call(LB, 'POST', '/api/v1/admin/service-accounts', { token: admin, body, headers: keyed ? { 'Idempotency-Key': key } : {} });
    requests.push({ kind: keyed ? 'account+key' : 'account', key, body, ...r });
    requests.push({ kind: 'read', ...(await call(LB, 'GET', '/api/v1/stats/summary', { token: admin })) });
  }
}

const loops = [...learners.map(learnerLoop), adminLoop()];
await new Promise((r) => setTimeout(r, LOAD_BEFORE_MS));
// The replica killed is the one holding a POST without an Idempotency-Key, made to wait there: the
// administrator's client pauses, psql locks the service accounts' table, and a new account is asked for
// through the balancer; it waits for the lock in one replica (the one HAProxy's statistics show with a
// session in backend replicas_once), which is killed with it.
let openGate;
adminGate = new Promise((r) => (openGate = r));
await until('the administrator\'s client paused', 30_000, () => adminWaiting);
const accounts = await holdLock('LOCK TABLE service_account IN SHARE MODE');
const heldName = `Cụm thử ${RUN} giữ lúc bị tắt`;
const heldPost = call(LB, 'POST', '/api/v1/admin/service-accounts', { token: admin, body: { name: heldName, scopes: ['stats:read'] } });
await until('the POST waiting in a replica', 15_000, () => waitingOn('service_account') === 1);
const onceRows = await balancerRows();
const holders = Array.from({ length: REPLICAS }, (_, i) => i + 1).filter((n) => Number(onceRows[`replicas_once/replica${n}`].scur) > 0);
assert.equal(holders.length, 1, `replicas holding the POST: ${holders}`);
const VICTIM = holders[0];
const killAt = performance.now();
execFileSync('bash', [CLUSTER_SH, 'kill', String(VICTIM)], { stdio: 'inherit' });
const killed = performance.now();
const heldAnswer = await heldPost;
accounts.release();
adminGate = null;
openGate();
const downAfter = await until(`HAProxy marks replica${VICTIM} DOWN`, 15_000, async () => (await balancerStates())[`replica${VICTIM}`]?.startsWith('DOWN'), 50);
const downAt = killAt + downAfter;
await new Promise((r) => setTimeout(r, LOAD_AFTER_MS));
stopping = true;
await Promise.all(loops);

const failures = requests.filter((r) => !ok(r));
const byStatus = failures.reduce((m, r) => ({ ...m, [r.status || r.error]: (m[r.status || r.error] ?? 0) + 1 }), {});
log(`load: ${requests.length} requests, ${failures.length} failed ${JSON.stringify(byStatus)}; replica${VICTIM} DOWN ${downAfter.toFixed(0)} ms after the kill`);

await check('a POST without an Idempotency-Key that the killed replica held is not replayed (no answer, and no account)', async () => {
  // HAProxy answers 502, or, on a kept-alive connection that had carried an earlier request, closes it
  // without an answer (RFC 9112 9.3.1: the client may then decide to retry); never another replica's 201.
  assert.ok([502, 0].includes(heldAnswer.status), `${heldAnswer.status} ${heldAnswer.error ?? ''}`);
  assert.equal(psql(`SELECT count(*) FROM service_account WHERE name = '${heldName}'`), '0');
});

await check('the load really ran through every replica before the kill', async () => {
  const served = new Set(requests.filter((r) => r.ended < killAt && ok(r)).map((r) => r.replica));
  assert.equal(served.size, REPLICAS, `served by ${[...served].join(', ')}`);
  assert.ok(requests.filter((r) => r.kind === 'progress' && r.started > downAt && ok(r)).length > 0, 'progress was written after the kill');
});

await check(`only requests in flight at the kill failed (at most one per client: ${CLIENTS + 1})`, async () => {
  assert.ok(failures.length <= CLIENTS + 1, `${failures.length} failed`);
  const late = failures.filter((r) => r.started >= killed);
  assert.equal(late.length, 0, `started after the kill and failed: ${JSON.stringify(late.map((r) => [r.kind, r.status, r.error]))}`);
});

await check(`after HAProxy marked it down, no request failed and none went to replica${VICTIM}`, async () => {
  const after = requests.filter((r) => r.started > downAt);
  assert.ok(after.length > 50, `only ${after.length} requests after`);
  assert.equal(after.filter((r) => !ok(r)).length, 0);
  assert.equal(after.filter((r) => r.replica === `replica${VICTIM}`).length, 0);
});

await check('every acknowledged progress report is in the database', async () => {
  const acknowledged = requests.filter((r) => r.kind === 'progress' && ok(r) && r.applied).map((r) => r.eventId);
  assert.ok(acknowledged.length > 100, `only ${acknowledged.length} progress reports acknowledged`);
  const found = psql(`SELECT count(*) FROM progress_event WHERE event_id = ANY('{${acknowledged.join(',')}}'::uuid[])`);
  assert.equal(Number(found), acknowledged.length, `${found} of ${acknowledged.length}`);
  // and each learner's enrolment counts every lesson an acknowledged report completed
  for (const l of learners) {
    const e = expectStatus(await call(LB, 'GET', `/api/v1/enrollments/${l.enrollment}`, { token: l.token }), 200, 'enrolment');
    const completed = new Set(requests.filter((r) => r.learner === l && r.kind === 'progress' && ok(r) && r.json.completed).map((r) => r.json.lessonId));
    assert.ok(e.lessonsCompleted >= completed.size, `learner ${l.phone}: ${e.lessonsCompleted} < ${completed.size}`);
  }
});

await check('every acknowledged service account is in the database, and retrying the failed keyed ones creates none twice', async () => {
  const created = requests.filter((r) => r.kind.startsWith('account') && r.status === 201);
  assert.ok(created.length > 0, 'no account was created under load');
  const ids = psql(`SELECT count(*) FROM service_account WHERE id = ANY('{${created.map((r) => r.json.account.id).join(',')}}'::uuid[])`);
  assert.equal(Number(ids), created.length, `${ids} of ${created.length}`);
  const retried = requests.filter((r) => r.kind === 'account+key' && !ok(r));
  for (const r of retried) {
    let again;
    // a first request the kill cut off holds its key as unfinished for the pending timeout (set to 5 s here)
    await until('the retry answers', 20_000, async () => {
      again = await call(LB, 'POST', '/api/v1/admin/service-accounts', { token: admin, body: r.body, headers: { 'Idempotency-Key': r.key } });
      return again.status !== 409;
    }, 500);
    expectStatus(again, 201, 'the retry');
  }
  const names = requests.filter((r) => r.kind.startsWith('account')).map((r) => r.body.name.replaceAll("'", "''"));
  const twice = psql(`SELECT count(*) FROM (SELECT name FROM service_account WHERE name = ANY(ARRAY['${names.join("','")}']) GROUP BY name HAVING count(*) > 1) d`);
  assert.equal(twice, '0', 'a name created twice');
  log(`     ${created.length} accounts acknowledged, ${retried.length} keyed ones retried`);
});

await check('retrying the failed enrolments with their keys is harmless (one enrolment per learner)', async () => {
  for (const r of requests.filter((x) => x.kind === 'enrol' && !ok(x))) {
    let again;
    await until('the retry answers', 20_000, async () => {
      again = await call(LB, 'POST', '/api/v1/enrollments', { token: r.learner.token, body: { courseId: course.id }, headers: { 'Idempotency-Key': r.key } });
      return again.status !== 409;
    }, 500);
    assert.equal(expectStatus(again, [200, 201], 'the retry').id, r.learner.enrollment);
  }
  const per = psql(`SELECT count(*) FROM enrollment WHERE id = ANY('{${learners.map((l) => l.enrollment).join(',')}}'::uuid[])`);
  assert.equal(Number(per), learners.length);
  assert.equal(psql(`SELECT count(*) FROM (SELECT user_id FROM enrollment WHERE course_id = '${course.id}' GROUP BY user_id HAVING count(*) > 1) d`), '0');
});

// ---------------------------------------------------------------------------------------------------------
// 3. The replica comes back.
let rejoin = 0;
await check(`replica${VICTIM} started again rejoins: HAProxy marks it UP and sends it requests`, async () => {
  const started = performance.now();
  execFileSync('bash', [CLUSTER_SH, 'replica', String(VICTIM)], { stdio: 'inherit' });
  await until(`replica${VICTIM} UP`, 20_000, async () => (await balancerStates())[`replica${VICTIM}`] === 'UP', 200);
  rejoin = performance.now() - started;
  const seen = new Set();
  for (let i = 0; i < 6 * REPLICAS; i++) seen.add((await call(LB, 'GET', '/api/v1/courses')).replica);
  assert.ok(seen.has(`replica${VICTIM}`), `answered by ${[...seen].join(', ')}`);
});

const rows = await balancerRows();
const backends = [rows['replicas/BACKEND'], rows['replicas_once/BACKEND']];
const summary = {
  killed: `replica${VICTIM}`,
  heldPostAnswer: heldAnswer.status || heldAnswer.error,
  requests: requests.length,
  retriedByHAProxy: backends.reduce((n, b) => n + Number(b.wretr), 0),
  redispatchedByHAProxy: backends.reduce((n, b) => n + Number(b.wredis), 0),
  failed: failures.length,
  failedByStatus: byStatus,
  clients: CLIENTS + 1,
  routedAroundMs: Math.round(downAfter),
  rejoinMs: Math.round(rejoin),
  seconds: Math.round((performance.now() - t0) / 1000),
};
log(`summary ${JSON.stringify(summary)}`);
console.log(`cluster: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

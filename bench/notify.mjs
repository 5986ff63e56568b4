// The reminder and digest selection over the seeded learners (seed-notify.sql), and what it does to the
// progress endpoint while it runs. Printed as one JSON line; the steps on stderr as they go:
//   1. the progress endpoint alone (PUT progress, as progress.mjs, after a warm-up), two ways: at saturation
//      (as many requests as `connections` connections get answered) and at the production rate of the
//      soak's mix (70 reports a second, docs/benchmarks.md "The morning rush"), where what counts is the
//      latency a learner waits, not the throughput;
//   2. the selections alone (POST /api/v1/admin/notification-jobs/{reminders,digests}/run), for
//      - a catch-up day: the outbox of earlier runs emptied, so every due reminder is written, as on the
//        first run after a deployment or a week without runs;
//        Every enrolment's reminder_check_at is put back to -infinity ("not looked at yet") as well;
//      - a steady-state day, the day after the run before: the API's clock is moved one day ahead (its
//        offset file, BENCH_CLOCK_FILE, hocvuso.clock.offset-file) and the outbox and the enrolments'
//        reminder_check_at are as that run left them, so the run reads and writes what became due in
//        that day: a reminder comes once a week while its cause lasts, about a seventh of a catch-up;
//   3. the progress endpoint during each kind of selection, at saturation and at 70/s: the load runs
//      exactly as long as the selection (started together, stopped when it ends), and is compared with
//      the same load alone just before and just after (their mean): the machine is shared and its
//      foreign load moves within minutes. The outbox is prepared (deleted, vacuumed) before all three,
//      so what is measured is the selection, not the clean-up.
// Around every step: the load average, and the CPU seconds of the API process and of the PostgreSQL
// backends connected to this database (the machine is shared: the load average says how much).
// The sender is held back by the suite (poll interval 1 h): what is measured is the selection, not the
// sending. Arguments: API URL, targets CSV (user,enrolment,lesson), JWT private key, seconds, connections;
// BENCH_API_PID in the environment for the API's CPU.
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { createSign, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const [url, targetsFile, keyFile, seconds = '20', connections = '32'] = process.argv.slice(2);
const RATE = 70; // progress reports a second at the morning peak (docs/benchmarks.md, the soak's mix)
const key = readFileSync(keyFile, 'utf8');
const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

function token(userId, groups) {
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: 'RS256', typ: 'JWT' });
  const body = b64({ iss: 'https://hocvuso.quangngai.gov.vn', aud: 'hocvuso-api', sub: userId, upn: userId,
    groups, iat: now, exp: now + 7200 });
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
  return `${head}.${body}.${signature}`;
}

const admin = token(randomUUID(), ['LEARNER', 'ADMIN']);
const targets = readFileSync(targetsFile, 'utf8').trim().split('\n').map((line) => {
  const [userId, enrollmentId, lessonId] = line.split(',');
  return { path: `/api/v1/enrollments/${enrollmentId}/lessons/${lessonId}/progress`,
    auth: `Bearer ${token(userId, ['LEARNER'])}` };
});

const options = (rate) => ({
  url, connections: rate ? 16 : Number(connections), ...(rate ? { overallRate: rate } : {}),
  requests: [{
    method: 'PUT',
    setupRequest: (request) => {
      const target = targets[Math.floor(Math.random() * targets.length)];
      return { ...request, path: target.path,
        headers: { 'content-type': 'application/json', authorization: target.auth },
        body: JSON.stringify({ eventId: randomUUID(), percent: 1 + Math.floor(Math.random() * 98),
          positionSeconds: Math.floor(Math.random() * 200) }) };
    },
  }],
});

/** Load for a fixed time. */
const load = (duration, rate) => autocannon({ ...options(rate), duration: Number(duration) });

/** Load until stop() (which answers the results). */
function startLoad(rate) {
  let instance;
  const done = new Promise((resolve, reject) => {
    instance = autocannon({ ...options(rate), duration: 3600 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
  return { stop: () => { instance.stop(); return done; } };
}

const summary = (r) => ({ seconds: Math.round(r.duration * 10) / 10, rps: Math.round(r.requests.average),
  p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors });

const psql = (sql) => execFileSync('psql', ['-Atq', '-c', sql]).toString().trim();
const REMINDERS = "(kind LIKE 'REMINDER_%' OR kind = 'MANAGER_DIGEST')";

// Days the API's clock is ahead of the real time (written to its offset file).
let clockDays = 0;
function setClock(days) {
  clockDays = days;
  writeFileSync(process.env.BENCH_CLOCK_FILE, `P${days}D`);
}

async function prepareOutbox(day) {
  if (day === 'catch-up') {
    psql(`DELETE FROM notification WHERE ${REMINDERS}`);
    psql("UPDATE enrollment SET reminder_check_at = '-infinity' WHERE reminder_check_at <> '-infinity'");
    psql('VACUUM (ANALYZE) enrollment');
  } else {
    // The day after the run before (a catch-up or a steady-state day): its outbox and checks are kept.
    if (Number(psql("SELECT count(*) FROM notification WHERE kind LIKE 'REMINDER_%'")) === 0) {
      throw new Error('a steady-state day is measured after a run');
    }
    psql("DELETE FROM notification WHERE kind = 'MANAGER_DIGEST'");
    setClock(clockDays + 1);
    await new Promise((resolve) => setTimeout(resolve, 500)); // the API reads the file every 100 ms
  }
  psql('VACUUM (ANALYZE) notification');
}

/** CPU seconds so far of the API process and of this database's PostgreSQL backends (by pid). */
function cpu() {
  const ticks = (pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch { return null; }
  };
  const backends = {};
  for (const pid of psql("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
    .split('\n').filter(Boolean)) backends[pid] = ticks(pid);
  return { api: process.env.BENCH_API_PID ? ticks(process.env.BENCH_API_PID) : null, backends,
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number) };
}

function used(before, after) {
  let pg = 0;
  for (const [pid, t] of Object.entries(after.backends)) {
    if (t !== null && before.backends[pid] != null) pg += t - before.backends[pid];
  }
  return { apiCpuSeconds: after.api === null ? null : Math.round((after.api - before.api) * 10) / 10,
    pgCpuSeconds: Math.round(pg * 10) / 10, loadBefore: before.load, loadAfter: after.load };
}

async function runJob(job) {
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/admin/notification-jobs/${job}/run`, {
    method: 'POST', headers: { authorization: `Bearer ${admin}` }, signal: AbortSignal.timeout(900_000) });
  if (!response.ok) throw new Error(`${job}: HTTP ${response.status} ${await response.text()}`);
  const body = await response.json();
  if (!body.ran) throw new Error(`${job}: not run (its lease is held: job_lease)`);
  return { ...body, wallMillis: Math.round(performance.now() - started) };
}

async function selections() {
  const reminders = await runJob('reminders');
  const digests = await runJob('digests');
  return { clockDays, reminders: { millis: reminders.wallMillis, scanned: reminders.scanned, queued: reminders.queued,
    byKind: reminders.queuedByKind }, digests: { millis: digests.wallMillis, queued: digests.queued },
  totalMillis: reminders.wallMillis + digests.wallMillis };
}

async function measured(label, work) {
  const before = cpu();
  const result = await work();
  const out = { ...result, ...used(before, cpu()) };
  console.error(`[bench] ${label}: ${JSON.stringify(out)}`);
  return out;
}

setClock(0);
// A lease left by an earlier benchmark whose clock was days ahead would keep the jobs from running.
psql('DELETE FROM job_lease');
await load(15); // warm-up

const selection = {};
const during = {};
const change = (a, b) => Math.round(((b - a) / a) * 1000) / 10;
const mean = (a, b, field) => Math.round((a[field] + b[field]) / 2);
for (const day of ['catch-up', 'steady-state']) {
  await prepareOutbox(day);
  selection[day] = await measured(`selections alone, ${day} day`, selections);
  for (const [name, rate] of [['saturation', undefined], ['rate70', RATE]]) {
    await prepareOutbox(day);
    // The foreign load on this shared machine moves from minute to minute: the progress endpoint alone
    // just before and just after the selection is the baseline, not a figure taken minutes earlier.
    const before = await measured(`progress alone before, ${name}`, async () => summary(await load(seconds, rate)));
    const under = await measured(`progress during the ${day} selections, ${name}`, async () => {
      const progress = startLoad(rate);
      const run = await selections();
      return { progress: summary(await progress.stop()), selections: run };
    });
    const after = await measured(`progress alone after, ${name}`, async () => summary(await load(seconds, rate)));
    const base = { rps: mean(before, after, 'rps'), p50: mean(before, after, 'p50'), p99: mean(before, after, 'p99') };
    during[`${day} ${name}`] = { before, under, after,
      change: { rpsPercent: change(base.rps, under.progress.rps), p50Percent: change(base.p50, under.progress.p50),
        p99Percent: change(base.p99, under.progress.p99) } };
    console.error(`[bench] ${day} ${name}: ${JSON.stringify(during[`${day} ${name}`].change)}`);
  }
}
console.log(JSON.stringify({ seconds: Number(seconds), connections: Number(connections), selection, during }));

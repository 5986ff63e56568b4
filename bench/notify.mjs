// The reminder and digest selection over the seeded learners (seed-notify.sql), and what it does to the
// progress endpoint while it runs. Three measurements, printed as one JSON line:
//   1. the progress endpoint alone (PUT progress, as progress.mjs, after a warm-up);
//   2. the selections alone: POST /api/v1/admin/notification-jobs/{reminders,digests}/run, after the
//      outbox of earlier runs is emptied (psql), so each run writes every message anew;
//   3. the progress endpoint again while the selections run back to back (emptied before each), for as
//      long as the progress load lasts.
// The sender is slowed by the suite (poll interval 1 h), so what is measured is the selection, not the
// sending. Arguments: API URL, targets CSV (user,enrolment,lesson), JWT private key, seconds, connections.
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { createSign, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [url, targetsFile, keyFile, seconds = '20', connections = '32'] = process.argv.slice(2);
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

const load = (duration) => autocannon({
  url, duration: Number(duration), connections: Number(connections),
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

const summary = (r) => ({ rps: Math.round(r.requests.average), p50: r.latency.p50, p90: r.latency.p90,
  p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors });

function emptyOutbox() {
  execFileSync('psql', ['-q', '-c', "DELETE FROM notification WHERE kind LIKE 'REMINDER_%' OR kind = 'MANAGER_DIGEST'"]);
}

async function runJob(job) {
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/admin/notification-jobs/${job}/run`, {
    method: 'POST', headers: { authorization: `Bearer ${admin}` }, signal: AbortSignal.timeout(600_000) });
  if (!response.ok) throw new Error(`${job}: HTTP ${response.status} ${await response.text()}`);
  const body = await response.json();
  return { ...body, wallMillis: Math.round(performance.now() - started) };
}

async function selections() {
  emptyOutbox();
  const reminders = await runJob('reminders');
  const digests = await runJob('digests');
  return { reminders, digests, totalMillis: reminders.wallMillis + digests.wallMillis };
}

await load(15); // warm-up
const alone = summary(await load(seconds));
console.error(`[bench] progress alone: ${JSON.stringify(alone)}`);

const quiet = await selections();
console.error(`[bench] selections alone: reminders ${quiet.reminders.wallMillis} ms (${quiet.reminders.scanned} enrolments read, `
  + `${quiet.reminders.picked} people due, ${quiet.reminders.queued} messages), digests ${quiet.digests.wallMillis} ms`);

let loading = true;
const during = load(seconds).then((r) => { loading = false; return summary(r); });
const runs = [];
while (loading) {
  runs.push(await selections());
}
const underSelection = await during;
console.error(`[bench] progress during ${runs.length} selection runs: ${JSON.stringify(underSelection)}`);
const change = (a, b) => Math.round(((b - a) / a) * 1000) / 10;
console.log(JSON.stringify({
  seconds: Number(seconds), connections: Number(connections), alone, selectionsAlone: quiet,
  during: underSelection, selectionRunsDuring: runs.map((r) => r.totalMillis),
  rpsChangePercent: change(alone.rps, underSelection.rps), p99ChangePercent: change(alone.p99, underSelection.p99),
}));

// The learners' progress writes of `make test-failover` (scripts/failover.sh): WORKERS loops, each a phone
// reporting progress (PUT /api/v1/enrollments/{id}/lessons/{lessonId}/progress with a fresh eventId) one
// request after another for SECONDS, through whatever happens to the database meanwhile. Every write the
// API acknowledged (2xx) is written to ACKS as "eventId,sent at,answered at" (epoch ms) in the order the
// answers came; the rest
// are counted by status. Bounded: it stops by itself after SECONDS, each request after 5 s.
//   node writes.mjs URL TARGETS.csv KEY.pem SECONDS WORKERS ACKS
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { learnerToken } from '../../bench/token.mjs';

const [url, targetsFile, keyFile, seconds, workers, acksFile] = process.argv.slice(2);
const key = readFileSync(keyFile, 'utf8');
const targets = readFileSync(targetsFile, 'utf8').trim().split('\n').map((line) => {
  const [userId, enrollmentId, lessonId] = line.split(',');
  return { path: `/api/v1/enrollments/${enrollmentId}/lessons/${lessonId}/progress`,
    auth: `Bearer ${learnerToken(key, userId)}` };
});
const until = Date.now() + Number(seconds) * 1000;
const acks = [];
const failures = {};

async function worker() {
  while (Date.now() < until) {
    const target = targets[Math.floor(Math.random() * targets.length)];
    const eventId = randomUUID();
    const sent = Date.now();
    let outcome;
    try {
      const res = await fetch(url + target.path, {
        method: 'PUT', signal: AbortSignal.timeout(5000),
        headers: { 'content-type': 'application/json', authorization: target.auth },
        body: JSON.stringify({ eventId, percent: 1 + Math.floor(Math.random() * 98), positionSeconds: 10 }),
      });
      await res.arrayBuffer();
      outcome = res.ok ? 'ok' : String(res.status);
    } catch (e) {
      outcome = e.name === 'TimeoutError' ? 'timeout' : 'connection';
    }
    if (outcome === 'ok') {
      acks.push(`${eventId},${sent},${Date.now()}`);
    } else {
      failures[outcome] = (failures[outcome] ?? 0) + 1;
      await new Promise((resolve) => setTimeout(resolve, 100)); // an app retrying, not a flood of 503s
    }
  }
}

await Promise.all(Array.from({ length: Number(workers) }, worker));
writeFileSync(acksFile, acks.join('\n') + '\n');
console.log(JSON.stringify({ acknowledged: acks.length, failed: failures }));

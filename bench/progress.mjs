// Load on PUT /api/v1/enrollments/{id}/lessons/{lessonId}/progress: each request is one learner's
// phone reporting progress in the lesson they are on (a fresh event id, a percent below 100), with
// an access token signed like the API's own. Prints one JSON line of results.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { learnerToken } from './token.mjs';

const [url, targetsFile, keyFile, seconds = '20', connections = '64'] = process.argv.slice(2);
const key = readFileSync(keyFile, 'utf8');
const targets = readFileSync(targetsFile, 'utf8').trim().split('\n').map((line) => {
  const [userId, enrollmentId, lessonId] = line.split(',');
  return { path: `/api/v1/enrollments/${enrollmentId}/lessons/${lessonId}/progress`, auth: `Bearer ${learnerToken(key, userId)}` };
});

const run = (duration) => autocannon({
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

await run(15); // warm-up: the JIT compiles the hot path, pools fill
const result = await run(seconds);
const l = result.latency;
console.error(`[bench] API: ${Math.round(result.requests.average)} requests/s, latency p50 ${l.p50} ms, ` +
  `p90 ${l.p90} ms, p99 ${l.p99} ms; ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
console.log(JSON.stringify({
  requests: result.requests.total, seconds: Number(seconds), connections: Number(connections),
  rps: Math.round(result.requests.average), latency: result.latency,
  non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
}));

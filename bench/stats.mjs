// The statistics endpoints against a seeded province, next to the same figures computed by a plain
// GROUP BY over the raw tables (what a platform without rollups does on every request). One client,
// requests one after another, so each latency is the server's own; prints one JSON line.
//   node stats.mjs <apiUrl> <privateKeyPem> <unitCode> [requests] [rawRuns]
// The database comes from the PG* environment variables.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { adminToken, summarise, timed } from './stats-client.mjs';

const [url, keyFile, unit, requests = '400', rawRuns = '15'] = process.argv.slice(2);
const key = readFileSync(keyFile, 'utf8');
const course = '0195a6b0-0000-7000-8000-000000000001';

async function timeApi(path, n) {
  const headers = { authorization: `Bearer ${adminToken(key)}` };
  // warm-up: a server in service has compiled its hot paths; 200 requests let the JIT do the same
  for (let i = 0; i < 200; i++) await timed(url + path, headers);
  const samples = [];
  for (let i = 0; i < n; i++) samples.push(await timed(url + path, headers));
  return summarise(samples);
}

// The same figures from the raw tables: accounts, enrolments, lessons done, passes, valid certificates.
const RAW_COUNTS = `
  SELECT %GROUP% count(*) AS learners, count(e.id) AS enrolled, count(e.lessons_completed_at) AS completed,
         count(e.passed_at) AS passed, count(c.id) AS certified
  FROM app_user u
  LEFT JOIN enrollment e ON e.user_id = u.id AND e.course_id = $1
  LEFT JOIN certificate c ON c.enrollment_id = e.id AND c.revoked_at IS NULL
  %WHERE% GROUP BY %KEYS%`;
const RAW = {
  summary: [RAW_COUNTS.replace('%GROUP%', 'u.learner_group,').replace('%WHERE%', '').replace('%KEYS%', 'u.learner_group'), [course]],
  units: [RAW_COUNTS.replace('%GROUP%', 'u.unit_code, u.learner_group,').replace('%WHERE%', '')
    .replace('%KEYS%', 'u.unit_code, u.learner_group'), [course]],
  unit: [`WITH counts AS (${RAW_COUNTS.replace('%GROUP%', 'u.learner_group,').replace('%WHERE%', 'WHERE u.unit_code = $2')
    .replace('%KEYS%', 'u.learner_group')})
    SELECT (SELECT json_agg(counts) FROM counts),
           (SELECT json_agg(s) FROM (SELECT (occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, kind, count(*)
              FROM learning_fact WHERE unit_code = $2 AND occurred_at >= now() - interval '30 days'
              GROUP BY 1, 2) s)`, [course, unit]],
};

async function timeRaw(client, [sql, params], n) {
  await client.query(sql, params); // warm-up: the cache holds what it can
  const samples = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await client.query(sql, params);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

const client = new pg.Client();
await client.connect();
const learners = Number((await client.query('SELECT count(*) FROM app_user')).rows[0].count);
const result = { learners, api: {}, raw: {} };
const organisation = (await client.query(
  "SELECT agency_id FROM stat_learners l JOIN agency a ON a.id = l.agency_id WHERE a.kind = 'SCHOOL' GROUP BY 1 ORDER BY sum(learners) DESC LIMIT 1")).rows[0]?.agency_id;
const PATHS = {
  summary: '/api/v1/stats/summary',
  units: '/api/v1/stats/units?size=100',
  unit: `/api/v1/stats/units/${unit}`,
  // Plan 368's dimensions (issue 13): the unit's villages, the organisations (schools, enterprises,
  // agencies), every target with its places, and the province counted by the public servants' second course.
  villages: `/api/v1/stats/units/${unit}/villages`,
  organisations: '/api/v1/stats/organisations?size=100',
  ...(organisation ? { organisation: `/api/v1/stats/organisations/${organisation}` } : {}),
  targets: '/api/v1/stats/targets',
  secondCourse: '/api/v1/stats/summary?courseId=0195a6b0-0000-7000-8000-000000000002',
};
// A server in service has answered every one of these many times: the API was just started, and until
// the JIT has compiled the paths they share, whichever endpoint is timed first pays for it (measured
// 2026-11-30: p95 at a million 20.0 ms for the summary timed first, 14.8 ms timed again in the same
// process). So every endpoint is asked BENCH_STATS_WARMUP times (default 300) before any is timed.
const warmHeaders = { authorization: `Bearer ${adminToken(key)}` };
for (let i = 0; i < Number(process.env.BENCH_STATS_WARMUP ?? 300); i++) {
  for (const path of Object.values(PATHS)) await timed(url + path, warmHeaders);
}
for (const [name, path] of Object.entries(PATHS)) result.api[name] = await timeApi(path, Number(requests));
result.raw.summary = await timeRaw(client, RAW.summary, Number(rawRuns));
result.raw.units = await timeRaw(client, RAW.units, Number(rawRuns));
result.raw.unit = await timeRaw(client, RAW.unit, Number(rawRuns));
await client.end();
for (const name of Object.keys(result.api)) {
  console.error(`[bench] ${learners} learners, ${name}: API p50 ${result.api[name].p50} ms, p95 ${result.api[name].p95} ms, `
    + `p99 ${result.api[name].p99} ms${result.raw[name] ? ` | plain GROUP BY p50 ${result.raw[name].p50} ms, p95 ${result.raw[name].p95} ms` : ''}`);
}
console.log(JSON.stringify(result));

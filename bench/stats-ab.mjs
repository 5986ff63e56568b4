// Two builds of the API side by side on one database, one client alternating its requests between them
// (A then B, then B then A, and so on), so that both see the same foreign load at the same moments: on a
// shared machine, runs minutes apart differ by more than a change could (docs/benchmarks.md, "One
// snapshot per response"). Each endpoint: the warm-up on both, then the pairs, timed as stats.mjs times.
// Prints one JSON line: p50/p95/p99 of each side and the ratios B/A.
//   node stats-ab.mjs <apiUrlA> <apiUrlB> <privateKeyPem> <unitCode> [pairs] [warmup]
import { readFileSync } from 'node:fs';
import { adminToken, summarise, timed } from './stats-client.mjs';

const [a, b, keyFile, unit, pairs = '400', warmup = '200'] = process.argv.slice(2);
const headers = { authorization: `Bearer ${adminToken(readFileSync(keyFile, 'utf8'))}` };
// The province, the units' table, the unit's page (with its villages), the targets' overview (every
// unit's villages and organisations) and the public dashboard.
const paths = {
  summary: '/api/v1/stats/summary',
  units: '/api/v1/stats/units?size=100',
  unit: `/api/v1/stats/units/${unit}`,
  targets: '/api/v1/stats/targets',
  dashboard: '/api/v1/public/dashboard',
};
const ratio = (x, y) => Math.round((y / x) * 100) / 100;

const result = { a, b, pairs: Number(pairs), endpoints: {} };
for (const [name, path] of Object.entries(paths)) {
  for (let i = 0; i < Number(warmup); i++) {
    await timed(a + path, headers);
    await timed(b + path, headers);
  }
  const samples = { a: [], b: [] };
  for (let i = 0; i < Number(pairs); i++) {
    const order = i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
    for (const side of order) samples[side].push(await timed((side === 'a' ? a : b) + path, headers));
  }
  const A = summarise(samples.a);
  const B = summarise(samples.b);
  result.endpoints[name] = { a: A, b: B, p50: ratio(A.p50, B.p50), p95: ratio(A.p95, B.p95) };
  console.error(`[bench] ${name}: A p50 ${A.p50} p95 ${A.p95} ms | B p50 ${B.p50} p95 ${B.p95} ms | B/A p50 ` +
    `${result.endpoints[name].p50}, p95 ${result.endpoints[name].p95}`);
}
console.log(JSON.stringify(result));

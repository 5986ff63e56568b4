// The replicas suite's table (scripts/bench.sh replicas_suite): from its TSV of rounds (round, what, result:
// pgbench's tps, or bench/progress.mjs's JSON line), one row per round and target with requests/s, the ratio to
// the pgbench run just before it (pgbench-one before the one replica, pgbench-three before the three: each
// target's phase has its own), p50 and p99; then the means. Markdown, for docs/benchmarks.md.
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => line.split('\t'));
const isPgbench = (what) => what.startsWith('pgbench');
const pgbench = new Map(rows.filter(([, what]) => isPgbench(what)).map(([round, what, tps]) => [`${round} ${what}`, Number(tps)]));
const before = { one: 'before the one replica', three: 'before the three replicas' };
const sums = {};
console.log('| round | path | requests/s | ratio to pgbench | p50 (ms) | p99 (ms) | non-2xx + errors |');
console.log('|---|---|---|---|---|---|---|');
for (const [round, what, result] of rows) {
  if (isPgbench(what)) {
    const phase = what.slice('pgbench-'.length);
    console.log(`| ${round} | pgbench, the same SQL${phase ? `, ${before[phase]}` : ''} | ${result} | 1.00 | | | |`);
    continue;
  }
  const r = JSON.parse(result);
  const ratio = r.rps / (pgbench.get(`${round} pgbench-${what}`) ?? pgbench.get(`${round} pgbench`));
  (sums[what] ??= []).push(ratio);
  console.log(`| ${round} | ${what === 'one' ? 'one replica' : 'three replicas behind HAProxy'} | ${r.rps} | ` +
    `${ratio.toFixed(2)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors + r.timeouts} |`);
}
console.log('');
for (const [what, ratios] of Object.entries(sums)) {
  console.log(`- mean ratio to pgbench, ${what === 'one' ? 'one replica' : 'three replicas'}: ` +
    (ratios.reduce((a, b) => a + b, 0) / ratios.length).toFixed(2));
}

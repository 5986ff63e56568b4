// The replicas suite's table (scripts/bench.sh replicas_suite): from its TSV of rounds (round, what, result:
// pgbench's tps, or bench/progress.mjs's JSON line), one row per round and target with requests/s, the ratio to
// that round's pgbench, p50 and p99; then the means. Markdown, for docs/benchmarks.md.
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => line.split('\t'));
const pgbench = new Map(rows.filter(([, what]) => what === 'pgbench').map(([round, , tps]) => [round, Number(tps)]));
const sums = {};
console.log('| round | path | requests/s | ratio to pgbench | p50 (ms) | p99 (ms) | non-2xx + errors |');
console.log('|---|---|---|---|---|---|---|');
for (const [round, what, result] of rows) {
  if (what === 'pgbench') {
    console.log(`| ${round} | pgbench, the same SQL | ${result} | 1.00 | | | |`);
    continue;
  }
  const r = JSON.parse(result);
  const ratio = r.rps / pgbench.get(round);
  (sums[what] ??= []).push(ratio);
  console.log(`| ${round} | ${what === 'one' ? 'one replica' : 'three replicas behind HAProxy'} | ${r.rps} | ` +
    `${ratio.toFixed(2)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors + r.timeouts} |`);
}
console.log('');
for (const [what, ratios] of Object.entries(sums)) {
  console.log(`- mean ratio to pgbench, ${what === 'one' ? 'one replica' : 'three replicas'}: ` +
    (ratios.reduce((a, b) => a + b, 0) / ratios.length).toFixed(2));
}

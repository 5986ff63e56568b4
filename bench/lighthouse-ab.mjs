// The table of a Lighthouse A/B run (scripts/bench.sh, BENCH_WEB_REF): every run of every page on A (the
// reference build) and B (this checkout), and the median of each, side by side.
//   node lighthouse-ab.mjs <bench/results/web-ab>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const runs = { a: new Map(), b: new Map() };
for (const name of readdirSync(dir).sort((x, y) => Number(x.split('-')[1]) - Number(y.split('-')[1]))) {
  const match = /^([ab])-\d+$/.exec(name);
  if (!match) continue;
  const { pages } = JSON.parse(readFileSync(join(dir, name, 'lighthouse.json'), 'utf8'));
  for (const page of pages) {
    const list = runs[match[1]].get(page.name) ?? [];
    list.push(...page.runs);
    runs[match[1]].set(page.name, list);
  }
}
const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => (ms / 1000).toFixed(2);
const each = (list, pick, format = String) => list.map((run) => format(pick(run))).join(' ');
const lines = [
  '| page | build | performance (runs) | median | LCP s (runs) | median | TBT ms (runs) | median | CLS max |',
  '|---|---|---|---|---|---|---|---|---|',
];
for (const [page, listA] of runs.a) {
  for (const [build, list] of [['A', listA], ['B', runs.b.get(page) ?? []]]) {
    lines.push(
      `| ${page} | ${build} | ${each(list, (r) => r.performance)} | ${median(list.map((r) => r.performance))} | ` +
        `${each(list, (r) => r.lcpMs, seconds)} | ${seconds(median(list.map((r) => r.lcpMs)))} | ` +
        `${each(list, (r) => r.tbtMs)} | ${median(list.map((r) => r.tbtMs))} | ${Math.max(...list.map((r) => r.cls))} |`,
    );
  }
}
console.log(lines.join('\n'));

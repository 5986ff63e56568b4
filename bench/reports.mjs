// The report generator (issue 14): the province's notice as DOCX and as PDF and the units' results file
// (XLSX), as of yesterday, each timed from POST /api/v1/reports until GET says DONE, then its download;
// next to the reference measured in the same run, the synchronous units' export of that day
// (GET /api/v1/stats/units/export?format=xlsx&asOf=). One client, one report at a time (the 3-unfinished
// limit is per person). "createdToFinished" is by the server's own clocks: it includes the wait for the
// job's next poll (hocvuso.reports.poll-interval, 1 s by default), which a person waits too; "worked" is
// the job's own time (started_at to finished_at, read from the database before the report is deleted).
//   node reports.mjs <apiUrl> <privateKeyPem> [rounds]
// The database comes from the PG* environment variables.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { adminToken, summarise, timed } from './stats-client.mjs';

const [url, keyFile, rounds = '5'] = process.argv.slice(2);
const key = readFileSync(keyFile, 'utf8');
const headers = () => ({ authorization: `Bearer ${adminToken(key)}`, 'content-type': 'application/json' });
const day = new Date(Date.now() + 7 * 3600 * 1000 - 24 * 3600 * 1000).toISOString().slice(0, 10);

async function oneReport(body) {
  const start = performance.now();
  const created = await fetch(`${url}/api/v1/reports`, { method: 'POST', headers: headers(), body: JSON.stringify(body) });
  if (created.status !== 202) throw new Error(`POST: HTTP ${created.status} ${await created.text()}`);
  const { id } = await created.json();
  let report;
  for (;;) {
    const r = await fetch(`${url}/api/v1/reports/${id}`, { headers: headers() });
    report = await r.json();
    if (report.status === 'DONE' || report.status === 'FAILED') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const done = performance.now() - start;
  if (report.status !== 'DONE') throw new Error(`report ${id} FAILED: ${report.error}`);
  const download = await timed(`${url}/api/v1/reports/${id}/file`, headers());
  const worked = Number((await db.query(
    'SELECT extract(epoch FROM finished_at - started_at) * 1000 AS ms FROM report WHERE id = $1', [id])).rows[0].ms);
  await fetch(`${url}/api/v1/reports/${id}`, { method: 'DELETE', headers: headers() });
  return { done, download, worked, server: Date.parse(report.finishedAt) - Date.parse(report.createdAt), bytes: report.sizeBytes };
}

async function timeKind(body, n) {
  await oneReport(body); // warm-up: the first render loads fonts and classes
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await oneReport(body));
  return {
    postToDone: summarise(runs.map((r) => r.done)),
    createdToFinished: summarise(runs.map((r) => r.server)),
    worked: summarise(runs.map((r) => r.worked)),
    download: summarise(runs.map((r) => r.download)),
    bytes: runs[0].bytes,
  };
}

const db = new pg.Client();
await db.connect();
const result = { asOf: day, rounds: Number(rounds), reports: {} };
const exportPath = `${url}/api/v1/stats/units/export?format=xlsx&asOf=${day}`;
await timed(exportPath, headers());
const reference = [];
for (let i = 0; i < Number(rounds); i++) reference.push(await timed(exportPath, headers()));
result.referenceUnitsExport = summarise(reference);
result.reports['NOTICE DOCX'] = await timeKind({ kind: 'NOTICE', format: 'DOCX', asOf: day }, Number(rounds));
result.reports['NOTICE PDF'] = await timeKind({ kind: 'NOTICE', format: 'PDF', asOf: day }, Number(rounds));
result.reports['UNIT_RESULTS XLSX'] = await timeKind({ kind: 'UNIT_RESULTS', format: 'XLSX', asOf: day }, Number(rounds));
await db.end();
console.log(JSON.stringify(result));

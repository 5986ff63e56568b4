// What stats.mjs and stats-ab.mjs share: an administrator's token signed with the API's key, one timed
// request (the whole body read, as a browser would), and the percentiles of a run.
import { createSign } from 'node:crypto';

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function adminToken(key) {
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: 'RS256', typ: 'JWT' });
  const body = b64({ iss: 'https://hocvuso.quangngai.gov.vn', aud: 'hocvuso-api', sub: '00000000-0000-4000-8000-00000000beef',
    upn: 'bench', groups: ['LEARNER', 'ADMIN'], units: [], agencies: [], iat: now, exp: now + 3600 });
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
  return `${head}.${body}.${signature}`;
}

/** One request, timed in ms; fails on any answer that is not 2xx. */
export async function timed(url, headers) {
  const start = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - start;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export const summarise = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const r = (v) => Math.round(v * 100) / 100;
  return { n: sorted.length, p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), p99: r(percentile(sorted, 99)) };
};

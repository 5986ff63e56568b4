// The certificate PDF (GET /api/v1/certificates/{code}/pdf) against seeded certificates: rendered (the first
// request for a code), from the cache (the same codes again) and revalidated (If-None-Match: 304, no body).
// One client, requests one after another, so each latency is the server's own; prints one JSON line.
//   node pdf.mjs <apiUrl> <certificates> [warmup]
// Codes are HVS-BNCH-0001-0000 …, as bench/seed-certificates.sql makes them; the first `warmup` codes only
// warm the JIT, so that the measured ones are still rendered, not cached.
const [url, total = '400', warmup = '100'] = process.argv.slice(2);
const code = (n) => `HVS-BNCH-${String(n).padStart(4, '0')}-0000`;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summarise = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const r = (v) => Math.round(v * 100) / 100;
  return { n: sorted.length, p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), p99: r(percentile(sorted, 99)) };
};

async function get(n, headers = {}) {
  const start = performance.now();
  const response = await fetch(`${url}/api/v1/certificates/${code(n)}/pdf`, { headers: { accept: 'application/pdf', ...headers } });
  const body = new Uint8Array(await response.arrayBuffer());
  const ms = performance.now() - start;
  if (response.status !== 200 && response.status !== 304) throw new Error(`${code(n)}: HTTP ${response.status}`);
  return { ms, status: response.status, etag: response.headers.get('etag'), bytes: body.byteLength };
}

const measured = [];
for (let n = 1; n <= Number(total); n++) (n <= Number(warmup) ? [] : measured).push(n);
for (let n = 1; n <= Number(warmup); n++) await get(n);

const rendered = [];
const etags = new Map();
let bytes = 0;
for (const n of measured) {
  const r = await get(n);
  rendered.push(r.ms);
  etags.set(n, r.etag);
  bytes += r.bytes;
}
const cached = [];
for (const n of measured) cached.push((await get(n)).ms);
const revalidated = [];
for (const n of measured) {
  const r = await get(n, { 'if-none-match': etags.get(n) });
  if (r.status !== 304) throw new Error(`${code(n)}: expected 304, got ${r.status}`);
  revalidated.push(r.ms);
}
console.log(JSON.stringify({
  certificates: measured.length, averageBytes: Math.round(bytes / measured.length),
  rendered: summarise(rendered), cached: summarise(cached), revalidated: summarise(revalidated),
}));

// How long the API takes to refuse hostile files (HostileFilesTest checks what they cost in memory),
// next to a legitimate file of the largest size allowed. Each file is sent `rounds` times, one at a
// time, to the roster dry run as an administrator. Prints one JSON line of results.
import { createSign, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

const [url, keyFile, rounds = '10'] = process.argv.slice(2);
const key = readFileSync(keyFile, 'utf8');
const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

function adminToken() {
  const now = Math.floor(Date.now() / 1000);
  const sub = randomUUID();
  const head = b64({ alg: 'RS256', typ: 'JWT' });
  const body = b64({ iss: 'https://hocvuso.quangngai.gov.vn', aud: 'hocvuso-api', sub, upn: sub,
    groups: ['LEARNER', 'ADMIN'], units: [], agencies: [], iat: now, exp: now + 3600 });
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
  return `${head}.${body}.${signature}`;
}

/** A zip archive of [name, Buffer] parts, deflated, as any zip writer makes it. */
function zip(parts) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const nameBytes = Buffer.from(name);
    const data = deflateRawSync(content, { level: 9 });
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0); header.writeUInt16LE(20, 4); header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc32(content), 14); header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(content.length, 22); header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10); entry.writeUInt32LE(crc32(content), 16); entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(content.length, 24); entry.writeUInt16LE(nameBytes.length, 28); entry.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, data);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralBytes.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (rows) => Buffer.from(`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`);
const workbook = (rows) => zip([
  ['xl/workbook.xml', Buffer.from(`<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`)],
  ['xl/_rels/workbook.xml.rels', Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')],
  ['xl/worksheets/sheet1.xml', sheet(rows)],
]);
const header = 'Họ và tên,Số điện thoại,Email,Mã xã/phường,Cơ quan,Mã cán bộ';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let legit = `${header}\r\n`;
for (let i = 0; i < 50_000; i++) {
  legit += `Cán bộ Thử ${i},08${String(60_000_000 + i).padStart(8, '0')},,21211,,BENCH-${i}\r\n`;
}

const files = {
  'row numbered 2,000,000,000 (xlsx)': [XLSX, workbook('<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row><row r="2000000000"><c r="A2000000000"><v>1</v></c></row>')],
  'column ZZZZZZ (xlsx)': [XLSX, workbook('<row r="1"><c r="ZZZZZZ1"><v>1</v></c></row>')],
  'zip bomb: 512 MB of zeros in one part': [XLSX, zip([['xl/worksheets/sheet1.xml', sheet('')], ['xl/media/image1.png', Buffer.alloc(512 * 1024 * 1024)]])],
  '5,000 zip parts': [XLSX, zip(Array.from({ length: 5000 }, (_, i) => [`xl/media/p${i}.bin`, Buffer.alloc(0)]))],
  'a 60 MB shared string': [XLSX, zip([['xl/worksheets/sheet1.xml', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')],
    ['xl/sharedStrings.xml', Buffer.concat([Buffer.from(`<sst xmlns="${NS}"><si><t>`), Buffer.alloc(60 * 1024 * 1024, 'a'), Buffer.from('</t></si></sst>')])]])],
  'CSV of 1,000,000 lines': ['text/csv', Buffer.from(`${header}\n${'x\n'.repeat(1_000_000)}`)],
  'CSV cell of 10 MB': ['text/csv', Buffer.from(`${header}\nNguyễn ${'A'.repeat(10 * 1024 * 1024)}`)],
  'legitimate CSV of 50,000 rows (accepted)': ['text/csv', Buffer.from(legit)],
};

const token = adminToken();
const results = {};
for (const [name, [type, body]] of Object.entries(files)) {
  const times = [];
  let status;
  for (let i = 0; i < Number(rounds) + 1; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/api/v1/imports/rosters/dry-run`, {
      method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${token}` }, body,
    });
    await response.arrayBuffer();
    if (i > 0) times.push(performance.now() - started); // the first round warms up
    status = response.status;
  }
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]);
  results[name] = { bytes: body.length, status, p50: at(0.5), p95: at(0.95), max: Math.round(times.at(-1)) };
  console.error(`[bench] ${name}: ${body.length} bytes → ${status}, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${Math.round(times.at(-1))} ms`);
}
console.log(JSON.stringify({ rounds: Number(rounds), results }));

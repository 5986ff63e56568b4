// The SMS provider of the end-to-end run: a local HTTP server that plays eSMS (esms.vn) the way the
// backend's tests play it with WireMock: it accepts "SendMultipleMessage_V4_post_json" with the documented
// answer (CodeResult 100 and an SMSID) and keeps what it received. The browser tests read a person's
// messages back from it (GET /received?phone=84…), as a person reads their phone: the API itself has
// no way to show a code. Started by scripts/e2e.sh on 127.0.0.1 only.   node sms-peer.mjs PORT
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 18121);
const received = [];

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method === 'POST' && url.pathname === '/MainService.svc/json/SendMultipleMessage_V4_post_json/') {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      try {
        const message = JSON.parse(body);
        received.push({ phone: String(message.Phone), content: String(message.Content), at: new Date().toISOString() });
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ CodeResult: '100', CountRegenerate: 0, SMSID: `e2e-${received.length}` }));
      } catch {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ CodeResult: '104', ErrorMessage: 'Invalid request' }));
      }
    });
    return;
  }
  if (request.method === 'GET' && url.pathname === '/received') {
    const phone = url.searchParams.get('phone');
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(received.filter((m) => !phone || m.phone === phone)));
    return;
  }
  response.writeHead(404).end();
}).listen(port, '127.0.0.1');

// Sends one request over real HTTP and waits at most 20 s for the whole answer: a request the
// server keeps without answering is a failure of its own (the last CI run of the Java fuzzer died on
// such a read timeout without saying which request it was).
import http from 'node:http';

export const ANSWER_WITHIN_MS = 20_000;
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** { status, headers, body: Buffer } or { error: 'what happened instead of an answer' }. */
export function send(base, request) {
  const url = new URL(base);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const headers = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(request.body.length);
    let outgoing;
    try {
      outgoing = http.request({
        host: url.hostname, port: url.port, method: request.method, path: request.path, headers, agent,
      }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => settle({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', (e) => settle({ error: `the answer broke off (${e.code ?? e.message})` }));
      });
    } catch (e) { // Node refused to build it (a character HTTP cannot carry): nothing was asked of the server
      resolve({ unsent: e.code ?? e.message });
      return;
    }
    const timer = setTimeout(() => {
      settle({ error: `no answer within ${ANSWER_WITHIN_MS / 1000} s` });
      outgoing.destroy();
    }, ANSWER_WITHIN_MS);
    outgoing.on('error', (e) => settle({ error: `no answer: the connection ended (${e.code ?? e.message})` }));
    outgoing.end(request.body);
  });
}

export function close() {
  agent.destroy();
}

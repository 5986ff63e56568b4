import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** A port nobody listens on now (the system picks it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts Prism on 127.0.0.1 serving ../openapi.yaml alone, the way `npm run mock` does, and waits until
 * it answers. Prism checks every request against the contract (a wrong one gets the operation's 400
 * example and an `sl-violations` header) and answers with the contract's examples.
 */
export async function startMock(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const prism = spawn(
    join(root, 'node_modules', '.bin', 'prism'),
    ['mock', join(root, '..', 'openapi.yaml'), '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  prism.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (prism.exitCode == null) prism.kill();
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (prism.exitCode != null) throw new Error(`Prism stopped (exit ${prism.exitCode}): ${errors}`);
    try {
      const response = await fetch(`${url}/api/v1/units`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`Prism did not answer at ${url} within 60 s: ${errors}`);
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const WEB_URL = process.env.E2E_WEB_URL ?? 'http://127.0.0.1:5173';
const API_URL = process.env.E2E_API_URL ?? 'http://127.0.0.1:8080';
const root = join(import.meta.dirname, '..');

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitFor(url: string, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await reachable(url)) return true;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

/**
 * The tests need the backend (E2E_API_URL) and the built app (E2E_WEB_URL). If nothing serves the app
 * yet, this serves dist/ with `vite preview` on 127.0.0.1:5173 (run `npm run build` first).
 */
export default async function setup() {
  if (!(await reachable(`${API_URL}/q/health`))) {
    throw new Error(`The backend is not answering at ${API_URL}/q/health: start it (or set E2E_API_URL).`);
  }
  let preview: ChildProcess | undefined;
  if (!(await reachable(WEB_URL))) {
    if (process.env.E2E_WEB_URL) throw new Error(`Nothing answers at E2E_WEB_URL=${WEB_URL}.`);
    if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('No dist/: run `npm run build` first.');
    preview = spawn(
      join(root, 'node_modules', '.bin', 'vite'),
      ['preview', '--port', '5173', '--strictPort', '--host', '127.0.0.1'],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    if (!(await waitFor(WEB_URL, 20_000))) {
      preview.kill();
      throw new Error('vite preview did not start on 127.0.0.1:5173.');
    }
  }
  return () => {
    preview?.kill();
  };
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The published reference (npm run docs:api, run by npm run build into dist/tai-lieu-api/): rendered
 * from openapi.yaml alone, every operation in it, and a page that works where the web server's CSP
 * allows nothing from another origin.
 */
const root = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'hocvuso-reference-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the API reference the web server publishes', () => {
  it('holds every operation of the contract and loads no code from elsewhere', () => {
    const file = join(out, 'index.html');
    execFileSync('npm', ['run', '--silent', 'docs:api'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, API_DOCS_OUT: file },
    });
    const page = readFileSync(file, 'utf8');

    // every operation's summary line (`      summary: …`, plain or quoted in the file)
    const summaries = [...readFileSync(join(root, '..', 'openapi.yaml'), 'utf8').matchAll(/^ {6}summary: (.+)$/gm)].map(
      ([, text]) =>
        text.startsWith("'")
          ? text.slice(1, -1).replaceAll("''", "'")
          : text.startsWith('"')
            ? (JSON.parse(text) as string)
            : text,
    );
    expect(summaries.length).toBeGreaterThan(80);
    for (const summary of summaries) expect(page, summary).toContain(JSON.stringify(summary).slice(1, -1));

    expect(page).toContain('<title>Học vụ số API</title>');
    expect(page).not.toMatch(/<script[^>]+src=/);
    expect(page).not.toMatch(/<link[^>]+href="https?:/);
  });
});

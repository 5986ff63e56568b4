import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROVINCE, DEFAULT_PROVINCE_NAME, provinceWords } from '@/lib/province';
import { mockApi } from '@/testing/mock-api';
import { normalise, renderApp } from '@/testing/render';
import entrypoint from '../../docker-entrypoint.d/40-config.sh?raw';
import indexHtml from '../../index.html?raw';
import manifest from '../../public/manifest.webmanifest?raw';
import { PAGE_SHELLS, shellHtml } from './page-shells';

/**
 * A deployment of another province: config.js as docker-entrypoint.d/40-config.sh writes it from
 * HOCVUSO_PROVINCE=hue and HOCVUSO_PROVINCE_NAME="thành phố Huế", and the built pages with the
 * entrypoint's replacement of the build's name.
 */
vi.mock('@/lib/config', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/config')>();
  const { provinceWords: words } = await import('@/lib/province');
  return {
    ...actual,
    config: { ...actual.config, province: 'hue', provinceName: 'thành phố Huế' },
    configuredProvince: words({ fullName: 'thành phố Huế' }),
  };
});

const NAME = 'thành phố Huế';

/** What the entrypoint's sed does to a built page: "Tỉnh …" where the header starts with it, then "tỉnh …". */
function rewritten(text: string, name = NAME): string {
  const capital = provinceWords({ fullName: DEFAULT_PROVINCE_NAME }).titleName;
  return text.replaceAll(capital, provinceWords({ fullName: name }).titleName).replaceAll(DEFAULT_PROVINCE_NAME, name);
}

describe("the built pages name the deployment's province (docker-entrypoint.d/40-config.sh)", () => {
  it('replaces the name the build writes, and only that name', () => {
    expect(entrypoint).toContain(`built_province_name="${DEFAULT_PROVINCE_NAME}"`);
    expect(entrypoint).toContain(`province=\${HOCVUSO_PROVINCE:-${DEFAULT_PROVINCE}}`);
    expect(entrypoint).toMatch(/capital_name="T\$\{province_name#t\}"/);
  });

  it.each<[string, string]>([
    ['index.html', indexHtml],
    ['manifest.webmanifest', manifest],
    ...PAGE_SHELLS.map((shell): [string, string] => [shell.file, shellHtml(indexHtml, shell)]),
  ])('%s names the province only in words the entrypoint replaces', (_file, built) => {
    expect(rewritten(built)).not.toContain('Quảng Ngãi');
  });

  it.each(PAGE_SHELLS.filter((shell) => shell.example === '/' || shell.example === '/thong-ke'))(
    "$example: the page's own first screen says what the app then draws",
    async (shell) => {
      const waiting = () => new Promise<Response>(() => undefined);
      mockApi({
        'GET /api/v1/courses': waiting,
        'GET /api/v1/provinces/hue': waiting,
        'GET /api/v1/public/dashboard': waiting,
      });
      const painted = new DOMParser().parseFromString(rewritten(shellHtml(indexHtml, shell)), 'text/html');
      expect(painted.querySelector('main')?.textContent).toContain(NAME);
      const { container } = renderApp(shell.example);
      await screen.findByRole('heading', { level: 1 });
      const main = container.querySelector('main')!;
      expect(main.querySelector('h1')?.textContent).toBe(painted.querySelector('main h1')?.textContent);
      expect(main.querySelector('.lead')?.textContent).toBe(painted.querySelector('main .lead')?.textContent);
      await waitFor(() => expect(document.title).toBe(painted.title));
    },
  );

  it("paints the header the app then draws with config.js's name, so nothing changes when it starts", async () => {
    // the province's row never arrives: the app draws config.js's name, as a slow API leaves it
    mockApi({
      'GET /api/v1/courses': () => new Promise<Response>(() => undefined),
      'GET /api/v1/provinces/hue': () => new Promise<Response>(() => undefined),
    });
    const shell = new DOMParser().parseFromString(rewritten(indexHtml), 'text/html').querySelector('#root header');
    expect(shell?.querySelector('.brand__province')?.textContent).toBe('Thành phố Huế');
    const { container } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(normalise(container.querySelector('header')!)).toBe(normalise(shell!));
  });
});

import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, reply } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import entrypoint from '../../docker-entrypoint.d/40-config.sh?raw';
import nginxConf from '../../nginx.conf?raw';
import indexHtml from '../../index.html?raw';
import type { components } from '@/lib/api/schema';
import { FIRST_SCREEN_SCRIPT } from './first-screen';
import { PAGE_SHELLS, shellHtml, type PageShell } from './page-shells';

type Schemas = components['schemas'];

const COURSE = {
  course: {
    id: '0195a6b0-0000-7000-8000-000000000001',
    slug: 'ky-nang-so-co-ban',
    title: 'Kỹ năng số cơ bản',
    description:
      'Khóa bồi dưỡng kỹ năng số dành cho mọi người dân, nhất là người mới làm quen với điện thoại thông minh.',
    provinceCode: null,
    moduleCount: 0,
    lessonCount: 0,
    estimatedMinutes: 0,
    passMarkPercent: 70,
    questionCount: 10,
    timeLimitMinutes: 20,
    maxAttempts: 3,
  },
  modules: [],
  enrollmentId: null,
} satisfies Schemas['CourseOutline'];

const CERTIFICATE = {
  code: 'HVS-7K3M-9QXD-4TPR',
  status: 'VALID',
  holderName: 'Nguyễn Thị Hoa',
  courseTitle: 'Kỹ năng số cơ bản',
  issuedAt: '2026-11-30T05:41:00Z',
  revokedAt: null,
  source: 'PORTAL',
} satisfies Schemas['CertificateVerification'];

const shellOf = (file: string) => PAGE_SHELLS.find((shell) => shell.file === file)!;
const course = shellOf('trang/khoa-hoc.html');
const certificate = shellOf('trang/chung-nhan-ma.html');

const entities = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page as nginx serves it (the include done, the answer entity-encoded as SSI's echo does, or
 * `answer` null: no SSI at all), with the inline script run on it as the browser runs it.
 */
function served(shell: PageShell, answer: unknown): Document {
  let html = shellHtml(indexHtml, shell);
  if (answer !== null) {
    html = html
      .replace(/<!--# include [^>]*-->/, '')
      .replace(/<!--# echo [^>]*-->/, () => entities(typeof answer === 'string' ? answer : JSON.stringify(answer)));
  }
  const page = new DOMParser().parseFromString(html, 'text/html');
  // the script reads the global `document`: here, the parsed page
  new Function('document', FIRST_SCREEN_SCRIPT)(page);
  return page;
}

const mainOf = (page: Document) => page.querySelector('main')!;

describe("a course's and a certificate's first screen, drawn from the API's answer nginx includes", () => {
  it.each([
    [
      course.example,
      course,
      { 'GET /api/v1/courses/0195a6b0-0000-7000-8000-000000000001': () => reply('CourseOutline', COURSE) },
    ],
    [
      certificate.example,
      certificate,
      { 'GET /api/v1/certificates/HVS-7K3M-9QXD-4TPR': () => reply('CertificateVerification', CERTIFICATE) },
    ],
  ] as const)(
    '%s: the app then draws the same elements with the same words, so nothing moves',
    async (path, shell, api) => {
      const page = served(shell, shell === course ? COURSE : CERTIFICATE);
      const painted = mainOf(page);
      expect(painted.querySelector('[data-field]')).toBeNull();

      mockApi(api);
      const { container } = renderApp(path);
      await screen.findByRole('heading', { level: 1, name: page.querySelector('main h1')!.textContent! });
      const main = container.querySelector('main')!;
      await waitFor(() => expect(main.querySelector('dl, p')).not.toBeNull());
      for (const element of painted.querySelectorAll('*')) {
        const selector = element.tagName.toLowerCase() + [...element.classList].map((name) => `.${name}`).join('');
        const drawn = [...main.querySelectorAll(selector)];
        expect(drawn, `${path}: the app draws no ${selector}`).not.toHaveLength(0);
        if (element.children.length === 0) expect(drawn.map((d) => d.textContent)).toContain(element.textContent);
      }
      await waitFor(() => expect(document.title).toBe(page.title));
    },
  );

  it("shows the course's own title and description, and its title as the document's", () => {
    const page = served(course, COURSE);
    expect(mainOf(page).querySelector('h1')?.textContent).toBe('Kỹ năng số cơ bản');
    expect(mainOf(page).querySelector('p')?.textContent).toBe(COURSE.course.description);
    expect(page.title).toBe('Kỹ năng số cơ bản – Học vụ số');
  });

  it("shows a valid certificate's holder, course and date as the app formats them", () => {
    const text = mainOf(served(certificate, CERTIFICATE)).textContent;
    expect(text).toContain('Giấy chứng nhận hợp lệ');
    expect(text).toContain('Nguyễn Thị Hoa');
    expect(text).toContain(
      new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'long', year: 'numeric' }).format(
        new Date(CERTIFICATE.issuedAt),
      ),
    );
  });

  it('draws markup in the answer as text, never as elements', () => {
    const hostile = {
      ...COURSE,
      course: { ...COURSE.course, description: '<img src=x onerror="alert(1)"><script>alert(2)</script>' },
    };
    const main = mainOf(served(course, hostile));
    expect(main.querySelector('img, script')).toBeNull();
    expect(main.querySelector('p')?.textContent).toBe(hostile.course.description);
  });

  it.each([
    ['no SSI (another server, or the service worker)', course, null],
    ['the include answered nothing (the API on another origin)', course, ''],
    [
      'a problem instead of the outline',
      course,
      { type: 'x', title: 'Not Found', status: 404, code: 'course_not_found', detail: 'x' },
    ],
    ['an answer without the field', course, { ...COURSE, course: { ...COURSE.course, description: '' } }],
    ['not JSON (an error page)', course, '<html><body>502 Bad Gateway</body></html>'],
    [
      'a revoked certificate (left to the app)',
      certificate,
      { ...CERTIFICATE, status: 'REVOKED', revokedAt: '2026-12-01T00:00:00Z' },
    ],
  ] as const)('leaves the skeleton as it is with %s', (_case, shell, answer) => {
    const before = mainOf(new DOMParser().parseFromString(shellHtml(indexHtml, shell), 'text/html')).outerHTML;
    expect(mainOf(served(shell, answer)).outerHTML).toBe(before);
  });

  it('a certificate that does not exist: the app says so where the first screen left the skeleton', async () => {
    mockApi({
      'GET /api/v1/certificates/HVS-0000-0000-0000': () => problem(404, 'certificate_not_found', 'Không tìm thấy'),
    });
    renderApp('/chung-nhan/HVS-0000-0000-0000');
    expect(await screen.findByText('Không tìm thấy giấy chứng nhận')).toBeInTheDocument();
  });

  it('is allowed by the CSP by the hash of exactly these bytes, and nginx runs SSI for these pages only', async () => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(FIRST_SCREEN_SCRIPT));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(entrypoint).toContain(`first_screen_script="'sha256-${hash}'"`);
    expect(entrypoint).toMatch(/script-src 'self' \$first_screen_script;/);
    expect(nginxConf.match(/ssi on;/g)).toHaveLength(PAGE_SHELLS.filter((shell) => shell.firstScreen).length);
    for (const shell of PAGE_SHELLS.filter((s) => s.firstScreen)) {
      expect(nginxConf).toContain(`try_files /${shell.file} /index.html;`);
      const variable = /\$(\w+)$/.exec(shell.firstScreen!.include)![1];
      expect(nginxConf).toContain(`(?<${variable}>`);
    }
  });
});

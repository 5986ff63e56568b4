// Imported by vite.config.ts (Node, at build time) as well as by the app's tests: relative imports only.
import { managerVi } from '../lib/i18n/manager.vi.ts';
import { vi } from '../lib/i18n/vi.ts';

/**
 * The pages whose first screen is the same for every visitor (home, the public statistics, the
 * certificate lookup) get a copy of index.html of their own with that screen's heading and lead text
 * already in it, in Vietnamese, with the same elements and classes the page renders. nginx serves the
 * copy for the page's address (frontend/nginx.conf). The page's largest text is then painted with the
 * first paint, before any of the app's code has downloaded, instead of after it has run; when React
 * replaces it with the same text in the same boxes, nothing moves. A slow phone shows the page's words
 * about a second earlier (Lighthouse's LCP, docs/benchmarks.md).
 *
 * What depends on the visitor or on data (the course cards, the figures, a certificate's details) is
 * left to the app; its place is kept by the same fixed-size placeholders the app shows while it loads.
 * Kept in step with the pages by src/app/shell.test.ts.
 */
export interface PageShell {
  /** Where the build writes it, under dist/; named in frontend/nginx.conf. */
  file: string;
  /** A path of the app it is served for (the tests render the app there). */
  example: string;
  /** The document's title, as PageTitle sets it. */
  title: string;
  /** What the page shows inside <main> before its data arrives. */
  main: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const heading = (text: string) => `<h1 tabindex="-1" class="page-title">${escape(text)}</h1>`;
const documentTitle = (text: string) => `${text} – ${vi.common.appName}`;

export const PAGE_SHELLS: PageShell[] = [
  {
    file: 'trang/trang-chu.html',
    example: '/',
    title: vi.common.appName,
    main:
      `<div class="stack">${heading(vi.home.title)}<p class="lead">${escape(vi.home.intro)}</p>` +
      `<div class="card course-card course-card--waiting" role="status"><span class="visually-hidden">${escape(vi.home.loadingCourses)}</span></div></div>`,
  },
  {
    file: 'trang/thong-ke.html',
    example: '/thong-ke',
    title: managerVi.publicDashboard.title,
    main: `<div class="stack stack--wide">${heading(managerVi.publicDashboard.title)}<p class="lead">${escape(managerVi.publicDashboard.intro)}</p></div>`,
  },
  {
    file: 'trang/chung-nhan.html',
    example: '/chung-nhan',
    title: vi.verify.title,
    main: `<div class="stack">${heading(vi.verify.title)}<p>${escape(vi.verify.intro)}</p></div>`,
  },
  {
    file: 'trang/chung-nhan-ma.html',
    example: '/chung-nhan/HVS-7K3M-9QXD-4TPR',
    title: vi.verify.title,
    main: `<div class="stack">${heading(vi.verify.title)}<div class="verification-slot"></div></div>`,
  },
];

const MAIN = /<main id="main" class="main">[\s\S]*?<\/main>/;

/** index.html (as built) with the page's first screen in <main> and the page's title. */
export function shellHtml(indexHtml: string, shell: PageShell): string {
  if (!MAIN.test(indexHtml)) throw new Error('page shells: no <main id="main" class="main"> in index.html');
  return indexHtml
    .replace(MAIN, `<main id="main" class="main">${shell.main}</main>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(documentTitle(shell.title))}</title>`);
}

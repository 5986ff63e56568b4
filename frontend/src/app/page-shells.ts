// Imported by vite.config.ts (Node, at build time) as well as by the app's tests: relative imports only.
import { managerVi } from '../lib/i18n/manager.vi.ts';
import { vi } from '../lib/i18n/vi.ts';
import { DEFAULT_PROVINCE_NAME, interpolate, provinceWords } from '../lib/province.ts';
import { firstScreenHtml } from './first-screen.ts';

/**
 * The pages whose first screen is the same for every visitor (home, the public statistics, the
 * certificate lookup) get a copy of index.html of their own with that screen's heading and lead text
 * already in it, in Vietnamese, with the same elements and classes the page renders. nginx serves the
 * copy for the page's address (frontend/nginx.conf). The page's largest text is then painted with the
 * first paint, before any of the app's code has downloaded, instead of after it has run; when React
 * replaces it with the same text in the same boxes, nothing moves. A slow phone shows the page's words
 * about a second earlier (Lighthouse's LCP, docs/benchmarks.md).
 *
 * What depends on the visitor or on data (the course cards, the figures) is left to the app; its place is
 * kept by the same fixed-size placeholders the app shows while it loads. A course's and a certificate's
 * page draw their words from the API's public answer, which nginx includes into the copy
 * (`firstScreen`, src/app/first-screen.ts). Kept in step with the pages by src/app/shell.test.ts.
 */
export interface PageShell {
  /** Where the build writes it, under dist/; named in frontend/nginx.conf. */
  file: string;
  /** A path of the app it is served for (the tests render the app there). */
  example: string;
  /** The document's title, as PageTitle sets it (index.html's when the page's own comes from data). */
  title?: string;
  /** What the page shows inside <main> before its data arrives (index.html's skeleton when absent). */
  main?: string;
  /**
   * The heading's font (weight 600) preloaded as well as the text's: where the heading is the largest
   * text, drawn in the fallback face it is a little smaller than the app's, which then counts as a
   * later, larger paint (Lighthouse's LCP at the app's render instead of the first paint).
   */
  headingFont?: boolean;
  /** A page of the signed-in learner: the tests render it with a session. */
  signedIn?: boolean;
  /**
   * The page's first screen drawn from a public answer of the API (src/app/first-screen.ts): `include`,
   * the internal address nginx asks for it (with the variables of its location in nginx.conf), and the
   * markup with its fields.
   */
  firstScreen?: {
    include: string;
    view: { markup: string; when?: string; title?: string };
  };
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const heading = (text: string, modifier = '') => `<h1 tabindex="-1" class="page-title${modifier}">${escape(text)}</h1>`;
const detail = (label: string, field: string, extra = '') =>
  `<div class="details__row"><dt>${escape(label)}</dt><dd${extra} data-field="${field}"></dd></div>`;
const documentTitle = (text: string) => `${text} – ${vi.common.appName}`;
/**
 * The texts that name the province, as the built pages carry them: the default province's name, which
 * the web server's entrypoint replaces with the deployment's (HOCVUSO_PROVINCE_NAME,
 * frontend/docker-entrypoint.d/40-config.sh) before anyone is served.
 */
const named = (text: string) => interpolate(text, provinceWords({ fullName: DEFAULT_PROVINCE_NAME }));

export const PAGE_SHELLS: PageShell[] = [
  {
    file: 'trang/trang-chu.html',
    example: '/',
    title: vi.common.appName,
    main:
      `<div class="stack">${heading(vi.home.title)}<p class="lead">${escape(named(vi.home.intro))}</p>` +
      `<div class="card course-card course-card--waiting" role="status"><span class="visually-hidden">${escape(vi.home.loadingCourses)}</span></div></div>`,
  },
  {
    file: 'trang/thong-ke.html',
    example: '/thong-ke',
    title: named(managerVi.publicDashboard.title),
    main: `<div class="stack stack--wide">${heading(named(managerVi.publicDashboard.title))}<p class="lead">${escape(managerVi.publicDashboard.intro)}</p></div>`,
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
    headingFont: true,
    firstScreen: {
      include: '/_first-screen/certificates/$first_screen_code',
      // a revoked certificate (rare) is left to the app
      view: {
        when: 'status=VALID',
        markup:
          `<div class="stack">${heading(vi.verify.title)}<div class="verification-slot">` +
          `<div class="verification verification--valid"><div class="alert alert--success" role="status">` +
          `<p class="alert__title">${escape(vi.verify.validTitle)}</p><div class="alert__body"><p>${escape(vi.verify.validBody)}</p></div></div>` +
          `<dl class="details">${detail(vi.certs.code, 'code', ' class="code"')}${detail(vi.verify.holder, 'holderName')}` +
          `${detail(vi.verify.course, 'courseTitle')}${detail(vi.certs.issuedAt, 'issuedAt', ' data-format="date"')}</dl>` +
          `</div></div></div>`,
      },
    },
  },
  {
    // A learner's final test: its heading is the same for everyone (LearnerPage), the rest is the learner's
    // (the rules, the result) and follows with the app. The heading is then painted with the first paint; on
    // a slow phone it is the page's largest text until the app draws the rest (docs/benchmarks.md, issue 16).
    // A visitor without a session sees it until the app sends them to the login page. Painted only in the
    // web font (`page-title--font-first`, app/fonts.css): the app's heading in it is otherwise larger.
    // Kept in the app's heading's box by the test that replaces one with the other (shell.test.ts).
    file: 'trang/kiem-tra.html',
    example: '/khoa-hoc/0195a6b0-0000-7000-8000-000000000001/kiem-tra',
    title: vi.finalTest.title,
    main:
      `<div class="stack">${heading(vi.finalTest.title, ' page-title--font-first')}<div class="spinner-block" role="status">` +
      `<span class="spinner spinner--large" aria-hidden="true"></span><span>${escape(vi.common.loading)}</span></div></div>`,
    headingFont: true,
    signedIn: true,
  },
  {
    file: 'trang/khoa-hoc.html',
    example: '/khoa-hoc/0195a6b0-0000-7000-8000-000000000001',
    firstScreen: {
      include: '/_first-screen/courses/$first_screen_id',
      // the course's title and description; the outline and what the learner can do follow with the app
      view: {
        title: 'course.title',
        markup:
          `<div class="stack"><h1 tabindex="-1" class="page-title" data-field="course.title"></h1>` +
          `<p data-field="course.description"></p></div>`,
      },
    },
  },
];

const MAIN = /<main id="main" class="main">[\s\S]*?<\/main>/;

/**
 * index.html (as built) with the page's first screen in <main> (and what draws it from data), the page's
 * title, and `headingFonts` (the built font files of weight 600) preloaded where the shell asks.
 */
export function shellHtml(indexHtml: string, shell: PageShell, headingFonts: string[] = []): string {
  const main = MAIN.exec(indexHtml);
  if (!main) throw new Error('page shells: no <main id="main" class="main"> in index.html');
  const first = shell.firstScreen;
  // a function: the replacement holds nginx's `$variables`, which a replacement string would interpret
  const html = indexHtml.replace(
    MAIN,
    () =>
      (shell.main === undefined ? main[0] : `<main id="main" class="main">${shell.main}</main>`) +
      (first ? firstScreenHtml(first.include, { ...first.view, titleSuffix: escape(documentTitle('')) }) : ''),
  );
  const preloads = shell.headingFont
    ? headingFonts.map((file) => `<link rel="preload" href="/${file}" as="font" type="font/woff2" crossorigin="">`)
    : [];
  return (
    shell.title === undefined
      ? html
      : html.replace(/<title>[^<]*<\/title>/, () => `<title>${escape(documentTitle(shell.title!))}</title>`)
  ).replace('</head>', () => `${preloads.join('')}</head>`);
}

/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { PAGE_SHELLS, shellHtml } from './src/app/page-shells.ts';

/**
 * The app (boot.tsx, imported by the entry), what the entry draws a lesson with (app/lesson-first-screen.ts) and
 * the learner's pages (not the manager, administrator or public-statistics pages, nor their charts).
 */
const LEARNER_PAGE =
  /\/src\/(boot\.tsx|app\/lesson-first-screen\.ts|app\/routes\/(?!admin\/|manager\/|public-dashboard)[^/]+\.tsx)$/;
/** The subsets Vietnamese text needs (src/app/fonts.css). */
const FONT_FILE = /^assets\/be-vietnam-pro-(latin|vietnamese)-\d+-normal-[\w-]+\.woff2$/;

/**
 * What a learner needs offline: the entry with everything it imports, each learner page with what it
 * imports, their styles and the fonts. Everything else (the manager, administrator and public-statistics
 * pages, the charts, the manager texts, English) is cached by the worker when it is first used.
 */
function learnerFiles(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const keep = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = byName.get(fileName);
    if (!chunk || keep.has(fileName)) return;
    keep.add(fileName);
    chunk.viteMetadata?.importedCss.forEach((css) => keep.add(css));
    chunk.imports.forEach(visit);
  };
  chunks
    .filter((chunk) => chunk.isEntry || (chunk.facadeModuleId && LEARNER_PAGE.test(chunk.facadeModuleId)))
    .forEach((chunk) => visit(chunk.fileName));
  Object.keys(bundle)
    .filter((name) => FONT_FILE.test(name))
    .forEach((name) => keep.add(name));
  return [...keep];
}

/**
 * Writes dist/sw.js from sw/sw.js with this build's version and the learner's app shell (production
 * builds only; the app registers it only in production too). The version is a hash of every emitted
 * file name, which carry content hashes: any change to the app makes a new worker, and the browser
 * installs it.
 */
function serviceWorker(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const shell = [
        '/index.html',
        '/config.js',
        '/manifest.webmanifest',
        '/favicon.svg',
        '/icons/icon.svg',
        '/icons/icon-192.png',
      ];
      const precache = [
        ...shell,
        ...learnerFiles(bundle)
          .map((name) => `/${name}`)
          .sort(),
      ];
      const version = createHash('sha256').update(Object.keys(bundle).sort().join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(fileURLToPath(new URL('./sw/sw.js', import.meta.url)), 'utf8')
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace('__PRECACHE__', JSON.stringify(precache));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/**
 * Preloads the body text's fonts (weight 400 of both subsets): they are found only once the CSS is
 * parsed, and the text is usually the page's largest element. The fallback face has the same metrics,
 * so a late font moves nothing; the preload only makes it late less often.
 */
function preloadFonts(): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fonts = Object.keys(context.bundle ?? {}).filter(
          (name) => FONT_FILE.test(name) && name.includes('-400-'),
        );
        return fonts.map((name) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `/${name}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * The entry (a few kB: it restores the session and asks for the app and the page) announced first in
 * <head>, before the styles, fonts, manifest and icon: on a slow link the browser's six connections are
 * then not all taken when it is found, and the app's code, which it requests, starts a round trip sooner.
 */
function preloadEntry(): Plugin {
  return {
    name: 'preload-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const entry = Object.values(context.bundle ?? {}).find((item) => item.type === 'chunk' && item.isEntry);
        const charset = '<meta charset="UTF-8" />';
        if (!entry || !html.includes(charset))
          throw new Error('preload-entry: no entry chunk, or no charset in index.html');
        return html.replace(charset, () => `${charset}\n    <link rel="modulepreload" href="/${entry.fileName}" />`);
      },
    },
  };
}

/** Writes the pages' own copies of index.html with their first screen in it (src/app/page-shells.ts). */
function pageShells(): Plugin {
  return {
    name: 'page-shells',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') throw new Error('page-shells: index.html is not in the bundle');
      const headingFonts = Object.keys(bundle).filter((name) => FONT_FILE.test(name) && name.includes('-600-'));
      for (const shell of PAGE_SHELLS) {
        const source = shellHtml(String(index.source), shell, headingFonts);
        this.emitFile({ type: 'asset', fileName: shell.file, source });
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), serviceWorker(), preloadEntry(), preloadFonts(), pageShells()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  // No source maps in the served build: they would publish the source to anyone.
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // the form tests type whole forms; on a shared 2-core machine that can take more than the default 5 s
    testTimeout: 15_000,
  },
});

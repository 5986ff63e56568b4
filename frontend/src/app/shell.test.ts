import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import { normalise, renderApp } from '@/testing/render';
import indexHtml from '../../index.html?raw';
import { tokenStore } from '@/lib/auth/session';
import { PAGE_SHELLS, shellHtml } from './page-shells';

describe('the first paint (index.html)', () => {
  it('shows the same header the app draws for a visitor, so replacing it moves nothing', async () => {
    const shell = new DOMParser().parseFromString(indexHtml, 'text/html').querySelector('#root header');
    expect(shell).not.toBeNull();

    mockApi({ 'GET /api/v1/courses': () => json({ items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }) });
    const { container } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(normalise(container.querySelector('header')!)).toBe(normalise(shell!));
  });
});

describe("the pages' own first screens (src/app/page-shells.ts)", () => {
  // the data never arrives: the shell is what the page shows before it does
  const waiting = () => new Promise<Response>(() => undefined);

  it.each(PAGE_SHELLS.filter((shell) => shell.main !== undefined).map((shell) => [shell.example, shell] as const))(
    '%s: the app draws the same boxes with the same words',
    async (_path, shell) => {
      mockApi({
        'GET /api/v1/courses': waiting,
        'GET /api/v1/public/dashboard': waiting,
        'GET /api/v1/certificates/HVS-7K3M-9QXD-4TPR': waiting,
        'GET /api/v1/courses/0195a6b0-0000-7000-8000-000000000001': waiting,
        'GET /api/v1/enrollments': waiting,
      });
      // a learner's page (the final test): drawn for the signed-in learner it is served to
      if (shell.signedIn) tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
      const html = shellHtml(indexHtml, shell);
      const painted = new DOMParser().parseFromString(html, 'text/html');
      const { container } = renderApp(shell.example);
      await screen.findByRole('heading', { level: 1 });

      const main = container.querySelector('main')!;
      for (const element of painted.querySelectorAll('main *')) {
        // the heading that waits for its font (fonts.css) is the app's heading in the same face
        const classes = [...element.classList].filter((name) => name !== 'page-title--font-first');
        const selector = element.tagName.toLowerCase() + classes.map((name) => `.${name}`).join('');
        const drawn = [...main.querySelectorAll(selector)];
        expect(drawn, `${shell.example}: the app draws no ${selector}`).not.toHaveLength(0);
        if (element.children.length === 0 && element.textContent) {
          expect(drawn.map((d) => d.textContent)).toContain(element.textContent);
        }
      }
      await waitFor(() => expect(document.title).toBe(painted.title));
      // the heading React draws is the shell's first heading, in the same place (the first in <main>)
      expect(main.querySelector('h1')?.textContent).toBe(painted.querySelector('main h1')?.textContent);
    },
  );
});

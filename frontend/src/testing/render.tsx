import { render, screen, type waitForOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type InitialEntry } from 'react-router';
import { AppProviders } from '@/app/providers';
import { createRoutes } from '@/app/router';
import { createQueryClient } from '@/lib/query';

function testQueryClient() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 }, mutations: { retry: false } });
  return client;
}

/** The whole app (layout, lazy pages, providers) at a path, in memory. */
export function renderApp(path: InitialEntry = '/') {
  const queryClient = testQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router };
}

/** One component with the providers it needs. */
export function renderWithProviders(ui: ReactElement) {
  return render(<AppProviders queryClient={testQueryClient()}>{ui}</AppProviders>);
}

/** The "not allowed" page's heading, once it shows (`MessagePage`): what a person sees where a page is not for them. */
export function findNotAllowedHeading(options?: waitForOptions) {
  return screen.findByRole('heading', { level: 1, name: 'Bạn không có quyền xem trang này' }, options);
}

/** The markup of a header without what only the router adds (link state, prefetch hints): the HTML shell's equal. */
export function normalise(header: Element): string {
  const copy = header.cloneNode(true) as Element;
  copy.querySelectorAll('a').forEach((link) => {
    link.removeAttribute('class');
    link.removeAttribute('aria-current');
    link.removeAttribute('data-discover');
  });
  return copy.outerHTML;
}

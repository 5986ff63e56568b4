import { render, screen, type waitForOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type InitialEntry } from 'react-router';
import { AppProviders } from '@/app/providers';
import { createRoutes } from '@/app/router';
import { expect } from 'vitest';
import { createQueryClient } from '@/lib/query';
import { mockApi } from './mock-api';

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

/** Opens `path` and expects the "not allowed" page, the API never asked: the page is closed before it loads anything. */
export async function expectClosedWithoutAsking(path: string) {
  const api = mockApi({});
  renderApp(path);
  expect(await findNotAllowedHeading()).toBeInTheDocument();
  expect(api.requests).toHaveLength(0);
}

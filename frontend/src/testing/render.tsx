import { render, screen, within, type waitForOptions } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type InitialEntry } from 'react-router';
import { AppProviders } from '@/app/providers';
import { createRoutes } from '@/app/router';
import { expect, vi } from 'vitest';
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

/** Opens `path` and expects the "not allowed" page, the API never asked: the page is closed before it loads anything. */
export async function expectClosedWithoutAsking(path: string) {
  const api = mockApi({});
  renderApp(path);
  expect(await findNotAllowedHeading()).toBeInTheDocument();
  expect(api.requests).toHaveLength(0);
}

/** Chooses `file` in a file import (`section`: its part of the page) and asks for its check, the dry run. */
export async function checkFile(user: UserEvent, section: ReturnType<typeof within>, fileLabel: string, file: File) {
  await user.upload(section.getByLabelText(fileLabel), file);
  await user.click(section.getByRole('button', { name: 'Kiểm tra tệp' }));
}

/**
 * A picker as a form holds it: in a form, with the providers, keeping the value it chose; the returned mock
 * sees each value it gives.
 */
export function renderPicker<T>(
  picker: (props: { value: T | null; onChange: (value: T | null) => void }) => ReactElement,
) {
  const onChange = vi.fn<(value: T | null) => void>();
  function Form() {
    const [value, setValue] = useState<T | null>(null);
    const change = (next: T | null) => {
      setValue(next);
      onChange(next);
    };
    return <form onSubmit={(e) => e.preventDefault()}>{picker({ value, onChange: change })}</form>;
  }
  renderWithProviders(<Form />);
  return onChange;
}

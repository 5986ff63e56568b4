import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Layout } from '@/components/ui';
import { changeLanguage } from '@/lib/i18n';
import { mockApi } from '@/testing/mock-api';
import { AppProviders } from './providers';
import { area, page } from './route-helpers';
import { AppErrorBoundary, RouteError } from './RouteError';

/** The app's layout with one area, as createRoutes builds it. */
function renderArea(children: RouteObject[], path: string) {
  const router = createMemoryRouter(
    [{ element: <Layout />, errorElement: <RouteError />, children: [area('learner', children)] }],
    {
      initialEntries: [path],
    },
  );
  return render(
    <AppErrorBoundary>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </AppErrorBoundary>,
  );
}

function Broken(): never {
  throw new Error('Cannot read properties of undefined (reading "items")');
}

const goneAfterRelease = () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/course-Ab12.js'));

describe('the error boundary', () => {
  it('shows a page that fails to render in plain Vietnamese, inside the layout, with "Tải lại" and a way home', async () => {
    mockApi({});
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderArea([{ path: 'khoa-hoc/:courseId', Component: Broken }], '/khoa-hoc/1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Trang này chưa hiển thị được' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Bài đã học và câu trả lời đã lưu không bị mất.');
    expect(screen.getByRole('button', { name: 'Tải lại' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
    // the header stays: the learner can still find their way
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
    // never React Router's English screen, nor the error's own words
    expect(screen.queryByText(/Unexpected Application Error/)).toBeNull();
    expect(screen.queryByText(/Cannot read properties/)).toBeNull();
  });

  it('speaks English when English was chosen', async () => {
    mockApi({});
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await changeLanguage('en');
    renderArea([{ path: 'khoa-hoc/:courseId', Component: Broken }], '/khoa-hoc/1');

    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/');
  });

  it('reloads once when a page is gone after a release; a second failure within a minute is shown, not reloaded again', async () => {
    mockApi({});
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.fn();
    const routes = (): RouteObject[] => [
      { path: 'khoa-hoc/:courseId', lazy: page(goneAfterRelease, undefined, { reload }) },
    ];

    const first = renderArea(routes(), '/khoa-hoc/1');
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    // while the new release loads, the learner sees the page's skeleton, not an error
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
    first.unmount();

    // the reloaded page fails the same way: the server, not a release, is the problem
    renderArea(routes(), '/khoa-hoc/1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Học vụ số vừa có phiên bản mới' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải lại' })).toBeInTheDocument();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

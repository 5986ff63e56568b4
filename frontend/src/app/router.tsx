import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from '@/components/ui';
import { managerRoutes } from './manager-routes';

// one chunk per page: the home page loads without the forms' code
const HomePage = lazy(() => import('./routes/home'));
const RegisterPage = lazy(() => import('./routes/register'));
const LoginPage = lazy(() => import('./routes/login'));
const AccountPage = lazy(() => import('./routes/account'));
const NotFoundPage = lazy(() => import('./routes/not-found'));

/** Vietnamese paths: the addresses people read and type. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'dang-ky', element: <RegisterPage /> },
      { path: 'dang-nhap', element: <LoginPage /> },
      { path: 'tai-khoan', element: <AccountPage /> },
      ...managerRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

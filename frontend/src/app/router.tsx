import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from '@/components/ui';
import { managerRoutes } from './manager-routes';

// one chunk per page: the home page loads without the forms' code
const HomePage = lazy(() => import('./routes/home'));
const RegisterPage = lazy(() => import('./routes/register'));
const LoginPage = lazy(() => import('./routes/login'));
const AccountPage = lazy(() => import('./routes/account'));
const CoursePage = lazy(() => import('./routes/course'));
const LessonPage = lazy(() => import('./routes/lesson'));
const FinalTestPage = lazy(() => import('./routes/final-test'));
const AttemptPage = lazy(() => import('./routes/attempt'));
const MyCertificatesPage = lazy(() => import('./routes/my-certificates'));
const VerifyPage = lazy(() => import('./routes/verify'));
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
      { path: 'khoa-hoc/:courseId', element: <CoursePage /> },
      { path: 'khoa-hoc/:courseId/bai/:lessonId', element: <LessonPage /> },
      { path: 'khoa-hoc/:courseId/kiem-tra', element: <FinalTestPage /> },
      { path: 'bai-kiem-tra/:attemptId', element: <AttemptPage /> },
      { path: 'chung-nhan-cua-toi', element: <MyCertificatesPage /> },
      { path: 'chung-nhan-cua-toi/:code', element: <MyCertificatesPage /> },
      // the backend prints <web base>/chung-nhan/<code> in every certificate's QR code
      { path: 'chung-nhan', element: <VerifyPage /> },
      { path: 'chung-nhan/:code', element: <VerifyPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

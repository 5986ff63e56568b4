import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import './manager.css';

// Manager, administrator and public-statistics pages: each its own chunk, so learners never download them.
const ManagerDashboardPage = lazy(() => import('./routes/manager/dashboard'));
const UnitDetailPage = lazy(() => import('./routes/manager/unit'));
const UnitLearnersPage = lazy(() => import('./routes/manager/unit-learners'));
const AgencyDetailPage = lazy(() => import('./routes/manager/agency'));
const PublicDashboardPage = lazy(() => import('./routes/public-dashboard'));
const AdminHomePage = lazy(() => import('./routes/admin/home'));
const AdminCoursesPage = lazy(() => import('./routes/admin/courses'));
const AdminCoursePage = lazy(() => import('./routes/admin/course'));
const AdminLessonPage = lazy(() => import('./routes/admin/lesson'));
const AdminQuestionsPage = lazy(() => import('./routes/admin/questions'));
const AdminTargetsPage = lazy(() => import('./routes/admin/targets'));
const AdminDenominatorsPage = lazy(() => import('./routes/admin/denominators'));
const AdminRolesPage = lazy(() => import('./routes/admin/roles'));
const AdminCertificatesPage = lazy(() => import('./routes/admin/certificates'));

/** Vietnamese paths, as for the rest of the app. */
export const managerRoutes: RouteObject[] = [
  { path: 'thong-ke', element: <PublicDashboardPage /> },
  { path: 'quan-ly', element: <ManagerDashboardPage /> },
  { path: 'quan-ly/don-vi/:code', element: <UnitDetailPage /> },
  { path: 'quan-ly/don-vi/:code/hoc-vien', element: <UnitLearnersPage /> },
  { path: 'quan-ly/co-quan/:id', element: <AgencyDetailPage /> },
  { path: 'quan-tri', element: <AdminHomePage /> },
  { path: 'quan-tri/khoa-hoc', element: <AdminCoursesPage /> },
  { path: 'quan-tri/khoa-hoc/:courseId', element: <AdminCoursePage /> },
  { path: 'quan-tri/khoa-hoc/:courseId/cau-hoi', element: <AdminQuestionsPage /> },
  { path: 'quan-tri/bai-hoc/:lessonId', element: <AdminLessonPage /> },
  { path: 'quan-tri/chi-tieu', element: <AdminTargetsPage /> },
  { path: 'quan-tri/mau-so', element: <AdminDenominatorsPage /> },
  { path: 'quan-tri/phan-quyen', element: <AdminRolesPage /> },
  { path: 'quan-tri/chung-nhan', element: <AdminCertificatesPage /> },
];

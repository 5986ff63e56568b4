import type { RouteObject } from 'react-router';
import { area, page } from './route-helpers';

/**
 * Manager and administrator pages: each its own chunk, with the manager texts and styles loaded with
 * them, so learners never download any of it. Vietnamese paths, as for the rest of the app.
 */
export function managerRoutes(openManagerArea: () => Promise<unknown>): RouteObject[] {
  const managerPage = (load: Parameters<typeof page>[0]) => page(load, openManagerArea);
  return [
    area('manager', [
      { path: 'quan-ly', lazy: managerPage(() => import('./routes/manager/dashboard')) },
      { path: 'quan-ly/don-vi/:code', lazy: managerPage(() => import('./routes/manager/unit')) },
      { path: 'quan-ly/don-vi/:code/hoc-vien', lazy: managerPage(() => import('./routes/manager/unit-learners')) },
      { path: 'quan-ly/don-vi/:code/ho-tro', lazy: managerPage(() => import('./routes/manager/unit-helpers')) },
      { path: 'quan-ly/don-vi/:code/thon', lazy: managerPage(() => import('./routes/manager/unit-villages')) },
      { path: 'quan-ly/co-quan/:id', lazy: managerPage(() => import('./routes/manager/agency')) },
      { path: 'quan-ly/danh-sach', lazy: managerPage(() => import('./routes/manager/rosters')) },
      { path: 'quan-ly/bao-cao', lazy: managerPage(() => import('./routes/manager/reports')) },
    ]),
    area('admin', [
      { path: 'quan-tri', lazy: managerPage(() => import('./routes/admin/home')) },
      { path: 'quan-tri/khoa-hoc', lazy: managerPage(() => import('./routes/admin/courses')) },
      { path: 'quan-tri/khoa-hoc/:courseId', lazy: managerPage(() => import('./routes/admin/course')) },
      { path: 'quan-tri/khoa-hoc/:courseId/cau-hoi', lazy: managerPage(() => import('./routes/admin/questions')) },
      { path: 'quan-tri/bai-hoc/:lessonId', lazy: managerPage(() => import('./routes/admin/lesson')) },
      { path: 'quan-tri/lo-trinh', lazy: managerPage(() => import('./routes/admin/paths')) },
      { path: 'quan-tri/chi-tieu', lazy: managerPage(() => import('./routes/admin/targets')) },
      { path: 'quan-tri/mau-so', lazy: managerPage(() => import('./routes/admin/denominators')) },
      { path: 'quan-tri/to-chuc', lazy: managerPage(() => import('./routes/admin/organisations')) },
      { path: 'quan-tri/phan-quyen', lazy: managerPage(() => import('./routes/admin/roles')) },
      { path: 'quan-tri/chung-nhan', lazy: managerPage(() => import('./routes/admin/certificates')) },
      { path: 'quan-tri/mau-bao-cao', lazy: managerPage(() => import('./routes/admin/report-templates')) },
      { path: 'quan-tri/toan-quoc', lazy: managerPage(() => import('./routes/admin/provinces')) },
    ]),
  ];
}

import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { Layout } from '@/components/ui';
import { TextSizeSwitch } from '@/features/textsize';
// the queries only, not the features' index files: the pages' components stay in the pages' chunks
import { certificateQueries } from '@/features/certificates/api/certificates';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';
import { learningQueries } from '@/features/learning/api/learning';
import { provinceQueries, useDeploymentProvince } from '@/features/provinces/api/provinces';
import { quizQueries } from '@/features/quiz/api/quiz';
import { publicDashboardQuery } from '@/features/stats/api/stats';
import { closeEarlyRequests } from '@/lib/api/early-requests';
import { sessionSettled } from '@/lib/auth/session';
import { openArea } from '@/lib/i18n';
import { reloadTargetFrom } from '@/lib/release/chunk-reload';
import { learnerPages } from './early-pages';
import { managerRoutes } from './manager-routes';
import { dashboardProvince } from './public-dashboard-province';
import { area, page } from './route-helpers';
import { RouteError } from './RouteError';

/**
 * Loaders start a page's queries while its chunk downloads (they run side by side), so the page mounts
 * with its data on the way instead of asking only then. They never wait for the answer: the page shows
 * its own loading and error states, as on a later visit.
 */
function loaders(queryClient: QueryClient) {
  /** After the stored session is restored (or not): authenticated queries need the token. */
  const whenKnown = (run: (authenticated: boolean, status: string) => void) => {
    void sessionSettled().then(({ status }) => run(status === 'authenticated', status));
    return null;
  };
  const param = (args: LoaderFunctionArgs, name: string) => args.params[name] ?? '';

  return {
    home: () => {
      void queryClient.prefetchQuery(learningQueries.courses());
      return whenKnown((authenticated) => authenticated && queryClient.prefetchQuery(learningQueries.enrollments()));
    },
    course: (args: LoaderFunctionArgs) =>
      whenKnown(
        (_, status) => void queryClient.prefetchQuery(learningQueries.outline(param(args, 'courseId'), status)),
      ),
    lesson: (args: LoaderFunctionArgs) =>
      whenKnown((authenticated, status) => {
        if (!authenticated) return;
        void queryClient.prefetchQuery(learningQueries.lesson(param(args, 'courseId'), param(args, 'lessonId')));
        void queryClient.prefetchQuery(learningQueries.outline(param(args, 'courseId'), status));
      }),
    finalTest: (args: LoaderFunctionArgs) =>
      whenKnown((authenticated, status) => {
        if (!authenticated) return;
        void queryClient.prefetchQuery(learningQueries.outline(param(args, 'courseId'), status));
        // the enrolment the page needs comes with the learner's list, at once, not after the outline names it
        void queryClient.prefetchQuery(learningQueries.enrollments());
      }),
    attempt: (args: LoaderFunctionArgs) =>
      whenKnown(
        (authenticated) => authenticated && queryClient.prefetchQuery(quizQueries.attempt(param(args, 'attemptId'))),
      ),
    myCertificates: () =>
      whenKnown((authenticated) => authenticated && queryClient.prefetchQuery(certificateQueries.mine())),
    verify: (args: LoaderFunctionArgs) => {
      const code = param(args, 'code');
      if (code) void queryClient.prefetchQuery(certificateQueries.verification(code));
      return null;
    },
    publicDashboard: (args: LoaderFunctionArgs) => {
      const province = dashboardProvince(new URL(args.request.url).searchParams);
      if (province.valid) void queryClient.prefetchQuery(publicDashboardQuery('', province.code));
      void queryClient.prefetchQuery(provinceQueries.list());
      return null;
    },
  };
}

/** Every page's frame, naming the deployment's province as its row of the API does. */
function SiteLayout() {
  return <Layout headerTools={<TextSizeSwitch />} bell={<NotificationBell />} province={useDeploymentProvince()} />;
}

const openManagerArea = () => Promise.all([openArea('manager'), import('./manager.css')]);

/** Vietnamese paths: the addresses people read and type. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const load = loaders(queryClient);
  return [
    {
      id: 'root',
      element: <SiteLayout />,
      errorElement: <RouteError />,
      children: [
        area('learner', [
          { index: true, lazy: page(learnerPages.home), loader: load.home },
          { path: 'dang-ky', lazy: page(() => import('./routes/register')) },
          { path: 'dang-nhap', lazy: page(() => import('./routes/login')) },
          { path: 'quen-mat-khau', lazy: page(() => import('./routes/forgot-password')) },
          { path: 'xac-minh-so-dien-thoai', lazy: page(() => import('./routes/verify-phone')) },
          { path: 'ho-tro', lazy: page(() => import('./routes/assist')) },
          { path: 'thong-bao', lazy: page(() => import('./routes/notifications')) },
          { path: 'tai-khoan', lazy: page(() => import('./routes/account')) },
          { path: 'khoa-hoc/:courseId', lazy: page(learnerPages.course), loader: load.course },
          { path: 'khoa-hoc/:courseId/bai/:lessonId', lazy: page(learnerPages.lesson), loader: load.lesson },
          { path: 'khoa-hoc/:courseId/kiem-tra', lazy: page(learnerPages.finalTest), loader: load.finalTest },
          { path: 'bai-kiem-tra/:attemptId', lazy: page(learnerPages.attempt), loader: load.attempt },
          { path: 'bai-kiem-tra/:attemptId/xem-lai', lazy: page(() => import('./routes/attempt-review')) },
          { path: 'khoa-hoc/:courseId/on-tap/:moduleId', lazy: page(() => import('./routes/practice')) },
          {
            path: 'chung-nhan-cua-toi',
            lazy: page(() => import('./routes/my-certificates')),
            loader: load.myCertificates,
          },
          {
            path: 'chung-nhan-cua-toi/:code',
            lazy: page(() => import('./routes/my-certificates')),
            loader: load.myCertificates,
          },
          { path: '*', lazy: page(() => import('./routes/not-found')) },
        ]),
        area('public', [
          // the backend prints <web base>/chung-nhan/<code> in every certificate's QR code
          { path: 'chung-nhan', lazy: page(() => import('./routes/verify')) },
          { path: 'chung-nhan/:code', lazy: page(() => import('./routes/verify')), loader: load.verify },
          {
            path: 'thong-ke',
            lazy: page(() => import('./routes/public-dashboard'), openManagerArea),
            loader: load.publicDashboard,
          },
        ]),
        ...managerRoutes(openManagerArea),
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient) {
  // from now on the loaders ask for the pages' data themselves
  closeEarlyRequests();
  const router = createBrowserRouter(createRoutes(queryClient));
  reloadTargetFrom(() => {
    const next = router.state.navigation.location;
    return next ? next.pathname + next.search + next.hash : null;
  });
  return router;
}

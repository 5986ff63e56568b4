import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, call } from '@/lib/api/problem';
import { JUST_FETCHED_MS } from '@/lib/query';
import type { Enrollment } from '@/lib/api/types';
import { useSession } from '@/lib/auth/session';
import { keepCourseOffline, offlineLesson, offlineOutline, onWifi } from '../offline/offline-course';
import { settleQueue } from '../offline/sync';

/**
 * The server's answer once the progress waiting on the device had its chance to reach it (the answer
 * counts it); without a connection, the copy kept on the device (offline lessons), if there is one; else the error.
 */
async function settledOrKept<T>(load: () => Promise<T>, kept: () => Promise<T | undefined>): Promise<T> {
  try {
    await settleQueue();
    return await load();
  } catch (error) {
    if (error instanceof ApiError && error.isNetworkError) {
      const copy = await kept();
      if (copy) return copy;
    }
    throw error;
  }
}

export const learningKeys = {
  courses: ['courses'] as const,
  /** Every outline (of every course), as a prefix. */
  outlines: ['course'] as const,
  outlinesOf: (courseId: string) => ['course', courseId] as const,
  course: (courseId: string, status: string) => ['course', courseId, status] as const,
  lesson: (courseId: string, lessonId: string) => ['lesson', courseId, lessonId] as const,
  enrollments: ['enrollments'] as const,
  /** Every enrolment's detail, as a prefix. */
  enrollmentDetails: ['enrollment'] as const,
  enrollment: (id: string) => ['enrollment', id] as const,
  /** The learner's own path (their group's courses and where they stand). */
  myPath: ['me', 'path'] as const,
};

/**
 * The queries of the learner's pages, as options shared by the pages' hooks and the routes' loaders
 * (which start them while the page's code is still downloading).
 */
export const learningQueries = {
  /** The published courses (public). */
  courses: () =>
    queryOptions({
      queryKey: learningKeys.courses,
      queryFn: () => call(api.GET('/api/v1/courses', { params: { query: { page: 1, size: 20 } } })),
    }),
  /** A course's outline, with the learner's own state per lesson when `status` is authenticated. */
  outline: (courseId: string, status: string) =>
    queryOptions({
      queryKey: learningKeys.course(courseId, status),
      staleTime: JUST_FETCHED_MS,
      // run without a connection too: the copy kept on the device answers then
      networkMode: 'always',
      queryFn: () =>
        settledOrKept(
          () => call(api.GET('/api/v1/courses/{courseId}', { params: { path: { courseId } } })),
          () => (status === 'authenticated' ? offlineOutline(courseId) : Promise.resolve(undefined)),
        ),
    }),
  /** The learner's enrolments; each is kept as the answer for its own id too, so a page needing one does not ask again. */
  enrollments: () =>
    queryOptions({
      queryKey: learningKeys.enrollments,
      staleTime: JUST_FETCHED_MS,
      queryFn: async ({ client }) => {
        const enrollments = await call(api.GET('/api/v1/enrollments', { params: { query: { page: 1, size: 100 } } }));
        for (const enrollment of enrollments.items)
          client.setQueryData(learningKeys.enrollment(enrollment.id), enrollment);
        return enrollments;
      },
    }),
  enrollment: (enrollmentId: string) =>
    queryOptions({
      queryKey: learningKeys.enrollment(enrollmentId),
      staleTime: JUST_FETCHED_MS,
      queryFn: () => call(api.GET('/api/v1/enrollments/{enrollmentId}', { params: { path: { enrollmentId } } })),
    }),
  lesson: (courseId: string, lessonId: string) =>
    queryOptions({
      queryKey: learningKeys.lesson(courseId, lessonId),
      staleTime: JUST_FETCHED_MS,
      networkMode: 'always',
      queryFn: () =>
        // the server opens this lesson only once it knows the previous one is complete
        settledOrKept(
          () =>
            call(
              api.GET('/api/v1/courses/{courseId}/lessons/{lessonId}', { params: { path: { courseId, lessonId } } }),
            ),
          () => offlineLesson(courseId, lessonId),
        ),
    }),
};

export function useCourses() {
  return useQuery(learningQueries.courses());
}

/**
 * A course's outline, with the learner's own state per lesson when logged in. Waits while the session
 * is being restored, so a logged-in learner never sees the anonymous outline first.
 */
export function useCourseOutline(courseId: string) {
  const { status } = useSession();
  return useQuery({ ...learningQueries.outline(courseId, status), enabled: status !== 'restoring' });
}

export function useMyEnrollments(enabled = true) {
  return useQuery({ ...learningQueries.enrollments(), enabled });
}

export function useEnrollment(enrollmentId: string | null | undefined) {
  return useQuery({ ...learningQueries.enrollment(enrollmentId ?? ''), enabled: !!enrollmentId });
}

export function useEnroll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (courseId: string): Promise<Enrollment> =>
      call(api.POST('/api/v1/enrollments', { body: { courseId } })),
    onSuccess: (enrollment) => {
      queryClient.setQueryData(learningKeys.enrollment(enrollment.id), enrollment);
      void queryClient.invalidateQueries({ queryKey: learningKeys.outlinesOf(enrollment.courseId) });
      void queryClient.invalidateQueries({ queryKey: learningKeys.enrollments });
      // the course's lessons are kept on the device at once (their audio too on Wi-Fi), for studying offline
      keepCourseOffline(enrollment.courseId, onWifi()).catch(() => undefined);
    },
  });
}

/** Where "Continue" leads; asked at the moment of the tap, after queued progress had its chance. */
export async function fetchResumePoint(enrollmentId: string) {
  await settleQueue();
  return call(api.GET('/api/v1/enrollments/{enrollmentId}/resume', { params: { path: { enrollmentId } } }));
}

export function useLesson(courseId: string, lessonId: string) {
  const { status } = useSession();
  return useQuery({ ...learningQueries.lesson(courseId, lessonId), enabled: status === 'authenticated' });
}

/** The learner's path: their group's courses in order, the certifying one marked, their state in each. */
export function useMyPath(enabled: boolean) {
  return useQuery({
    queryKey: learningKeys.myPath,
    queryFn: () => call(api.GET('/api/v1/me/path')),
    enabled,
  });
}

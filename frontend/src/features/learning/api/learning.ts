import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { Enrollment } from '@/lib/api/types';
import { useSession } from '@/lib/auth/session';
import { settleQueue } from '../offline/sync';

export const learningKeys = {
  courses: ['courses'] as const,
  course: (courseId: string, status: string) => ['course', courseId, status] as const,
  lesson: (courseId: string, lessonId: string) => ['lesson', courseId, lessonId] as const,
  enrollments: ['enrollments'] as const,
  enrollment: (id: string) => ['enrollment', id] as const,
};

/** The published courses (public). */
export function useCourses() {
  return useQuery({
    queryKey: learningKeys.courses,
    queryFn: () => call(api.GET('/api/v1/courses', { params: { query: { page: 1, size: 20 } } })),
  });
}

/**
 * A course's outline, with the learner's own state per lesson when logged in. Waits while the session
 * is being restored, so a logged-in learner never sees the anonymous outline first.
 */
export function useCourseOutline(courseId: string) {
  const { status } = useSession();
  return useQuery({
    queryKey: learningKeys.course(courseId, status),
    enabled: status !== 'restoring',
    staleTime: 0,
    queryFn: async () => {
      await settleQueue();
      return call(api.GET('/api/v1/courses/{courseId}', { params: { path: { courseId } } }));
    },
  });
}

export function useMyEnrollments(enabled = true) {
  return useQuery({
    queryKey: learningKeys.enrollments,
    enabled,
    staleTime: 0,
    queryFn: () => call(api.GET('/api/v1/enrollments', { params: { query: { page: 1, size: 100 } } })),
  });
}

export function useEnrollment(enrollmentId: string | null | undefined) {
  return useQuery({
    queryKey: learningKeys.enrollment(enrollmentId ?? ''),
    enabled: !!enrollmentId,
    staleTime: 0,
    queryFn: () => call(api.GET('/api/v1/enrollments/{enrollmentId}', { params: { path: { enrollmentId: enrollmentId! } } })),
  });
}

export function useEnroll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (courseId: string): Promise<Enrollment> => call(api.POST('/api/v1/enrollments', { body: { courseId } })),
    onSuccess: (enrollment) => {
      queryClient.setQueryData(learningKeys.enrollment(enrollment.id), enrollment);
      void queryClient.invalidateQueries({ queryKey: ['course', enrollment.courseId] });
      void queryClient.invalidateQueries({ queryKey: learningKeys.enrollments });
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
  return useQuery({
    queryKey: learningKeys.lesson(courseId, lessonId),
    enabled: status === 'authenticated',
    staleTime: 0,
    queryFn: async () => {
      // the server opens this lesson only once it knows the previous one is complete
      await settleQueue();
      return call(api.GET('/api/v1/courses/{courseId}/lessons/{lessonId}', { params: { path: { courseId, lessonId } } }));
    },
  });
}

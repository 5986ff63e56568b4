import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { usePagedQuery, useRefreshingMutation } from '@/lib/query';
import type {
  AdminCreateCourseRequest,
  AdminCreateLessonRequest,
  AdminCreateQuestionRequest,
  AdminUpdateLessonRequest,
  AdminUpdateQuestionRequest,
} from '@/lib/api/types';

/** The course editor's cache: every key starts with `all`, which retiring a lesson refreshes at once. */
export const courseAdminKeys = {
  all: ['admin'] as const,
  courses: ['admin', 'courses'] as const,
  coursePage: (page: number) => ['admin', 'courses', page] as const,
  course: (courseId: string) => ['admin', 'course', courseId] as const,
  lesson: (lessonId: string) => ['admin', 'lesson', lessonId] as const,
  questions: (courseId: string) => ['admin', 'questions', courseId] as const,
  questionPage: (courseId: string, page: number, moduleId?: string) =>
    ['admin', 'questions', courseId, page, moduleId ?? null] as const,
};

export function useAdminCourses(page: number) {
  return usePagedQuery(courseAdminKeys.coursePage(page), () =>
    call(api.GET('/api/v1/admin/courses', { params: { query: { page, size: 20 } } })),
  );
}

export function useCreateCourse() {
  return useRefreshingMutation(courseAdminKeys.courses, (body: AdminCreateCourseRequest) =>
    call(api.POST('/api/v1/admin/courses', { body })),
  );
}

export function useAdminCourse(courseId: string) {
  return useQuery({
    queryKey: courseAdminKeys.course(courseId),
    queryFn: () => call(api.GET('/api/v1/admin/courses/{courseId}', { params: { path: { courseId } } })),
  });
}

export function useCreateModule(courseId: string) {
  return useRefreshingMutation(
    courseAdminKeys.course(courseId),
    (body: { title: string; description?: string | null }) =>
      call(api.POST('/api/v1/admin/courses/{courseId}/modules', { params: { path: { courseId } }, body })),
  );
}

export function useCreateLesson(courseId: string) {
  return useRefreshingMutation(
    courseAdminKeys.course(courseId),
    ({ moduleId, body }: { moduleId: string; body: AdminCreateLessonRequest }) =>
      call(api.POST('/api/v1/admin/modules/{moduleId}/lessons', { params: { path: { moduleId } }, body })),
  );
}

export function useAdminLesson(lessonId: string) {
  return useQuery({
    queryKey: courseAdminKeys.lesson(lessonId),
    queryFn: () => call(api.GET('/api/v1/admin/lessons/{lessonId}', { params: { path: { lessonId } } })),
    // an editor must start from what is stored now, not a minute-old copy
    staleTime: 0,
  });
}

export function useUpdateLesson(lessonId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AdminUpdateLessonRequest) =>
      call(api.PATCH('/api/v1/admin/lessons/{lessonId}', { params: { path: { lessonId } }, body })),
    onSuccess: (lesson) => {
      client.setQueryData(courseAdminKeys.lesson(lessonId), lesson);
      void client.invalidateQueries({ queryKey: courseAdminKeys.course(lesson.courseId) });
    },
  });
}

export function useRetireLesson(lessonId: string) {
  return useRefreshingMutation(courseAdminKeys.all, () =>
    call(api.DELETE('/api/v1/admin/lessons/{lessonId}', { params: { path: { lessonId } } })),
  );
}

export function useQuestions(courseId: string, page: number, moduleId?: string) {
  return usePagedQuery(courseAdminKeys.questionPage(courseId, page, moduleId), () =>
    call(
      api.GET('/api/v1/admin/courses/{courseId}/questions', {
        params: { path: { courseId }, query: { page, size: 20, moduleId } },
      }),
    ),
  );
}

export function useSaveQuestion(courseId: string) {
  return useRefreshingMutation(
    courseAdminKeys.questions(courseId),
    (input: { id: null; body: AdminCreateQuestionRequest } | { id: string; body: AdminUpdateQuestionRequest }) =>
      input.id === null
        ? call(
            api.POST('/api/v1/admin/courses/{courseId}/questions', {
              params: { path: { courseId } },
              body: input.body,
            }),
          )
        : call(
            api.PATCH('/api/v1/admin/questions/{questionId}', {
              params: { path: { questionId: input.id } },
              body: input.body,
            }),
          ),
  );
}

export function useDeactivateQuestion(courseId: string) {
  return useRefreshingMutation(courseAdminKeys.questions(courseId), (questionId: string) =>
    call(api.DELETE('/api/v1/admin/questions/{questionId}', { params: { path: { questionId } } })),
  );
}

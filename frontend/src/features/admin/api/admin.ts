import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type {
  AdminCreateCourseRequest,
  AdminCreateLessonRequest,
  AdminCreateQuestionRequest,
  AdminUpdateLessonRequest,
  AdminUpdateQuestionRequest,
  AgencyDenominatorRequest,
  GrantRoleRequest,
  TargetRequest,
  UnitDenominatorRequest,
} from './types';

// ---- courses, modules, lessons, questions

export function useAdminCourses(page: number) {
  return useQuery({
    queryKey: ['admin', 'courses', page],
    queryFn: () => call(api.GET('/api/v1/admin/courses', { params: { query: { page, size: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateCourse() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AdminCreateCourseRequest) => call(api.POST('/api/v1/admin/courses', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'courses'] }),
  });
}

export function useAdminCourse(courseId: string) {
  return useQuery({
    queryKey: ['admin', 'course', courseId],
    queryFn: () => call(api.GET('/api/v1/admin/courses/{courseId}', { params: { path: { courseId } } })),
  });
}

export function useCreateModule(courseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; description?: string | null }) =>
      call(api.POST('/api/v1/admin/courses/{courseId}/modules', { params: { path: { courseId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'course', courseId] }),
  });
}

export function useCreateLesson(courseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ moduleId, body }: { moduleId: string; body: AdminCreateLessonRequest }) =>
      call(api.POST('/api/v1/admin/modules/{moduleId}/lessons', { params: { path: { moduleId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'course', courseId] }),
  });
}

export function useAdminLesson(lessonId: string) {
  return useQuery({
    queryKey: ['admin', 'lesson', lessonId],
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
      client.setQueryData(['admin', 'lesson', lessonId], lesson);
      void client.invalidateQueries({ queryKey: ['admin', 'course', lesson.courseId] });
    },
  });
}

export function useRetireLesson(lessonId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/admin/lessons/{lessonId}', { params: { path: { lessonId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}

export function useQuestions(courseId: string, page: number, moduleId?: string) {
  return useQuery({
    queryKey: ['admin', 'questions', courseId, page, moduleId ?? null],
    queryFn: () =>
      call(api.GET('/api/v1/admin/courses/{courseId}/questions', { params: { path: { courseId }, query: { page, size: 20, moduleId } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveQuestion(courseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: null; body: AdminCreateQuestionRequest } | { id: string; body: AdminUpdateQuestionRequest }) =>
      input.id === null
        ? call(api.POST('/api/v1/admin/courses/{courseId}/questions', { params: { path: { courseId } }, body: input.body }))
        : call(api.PATCH('/api/v1/admin/questions/{questionId}', { params: { path: { questionId: input.id } }, body: input.body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'questions', courseId] }),
  });
}

export function useDeactivateQuestion(courseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (questionId: string) => call(api.DELETE('/api/v1/admin/questions/{questionId}', { params: { path: { questionId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'questions', courseId] }),
  });
}

// ---- targets (listed by the statistics endpoint, which carries each target's definition)

export function useTargetDefinitions() {
  return useQuery({ queryKey: ['stats', 'targets'], queryFn: () => call(api.GET('/api/v1/stats/targets')), staleTime: 0 });
}

export function useSaveTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TargetRequest }) =>
      id === null
        ? call(api.POST('/api/v1/admin/targets', { body }))
        : call(api.PUT('/api/v1/admin/targets/{targetId}', { params: { path: { targetId: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['stats'] }),
  });
}

export function useDeleteTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (targetId: string) => call(api.DELETE('/api/v1/admin/targets/{targetId}', { params: { path: { targetId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['stats'] }),
  });
}

// ---- denominators

export function useUnitDenominators(code: string | null) {
  return useQuery({
    queryKey: ['admin', 'denominators', 'unit', code],
    queryFn: () => call(api.GET('/api/v1/admin/units/{code}/denominators', { params: { path: { code: code ?? '' } } })),
    enabled: code !== null,
  });
}

export function usePutUnitDenominators(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitDenominatorRequest) => call(api.PUT('/api/v1/admin/units/{code}/denominators', { params: { path: { code } }, body })),
    onSuccess: (list) => {
      client.setQueryData(['admin', 'denominators', 'unit', code], list);
      void client.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}

export function useAgencyDenominators(id: number | null) {
  return useQuery({
    queryKey: ['admin', 'denominators', 'agency', id],
    queryFn: () => call(api.GET('/api/v1/admin/agencies/{id}/denominators', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== null,
  });
}

export function usePutAgencyDenominators(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AgencyDenominatorRequest) => call(api.PUT('/api/v1/admin/agencies/{id}/denominators', { params: { path: { id } }, body })),
    onSuccess: (list) => {
      client.setQueryData(['admin', 'denominators', 'agency', id], list);
      void client.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}

// ---- users and roles

export function useAdminUsers(q: string, page: number) {
  return useQuery({
    queryKey: ['admin', 'users', q, page],
    queryFn: () => call(api.GET('/api/v1/admin/users', { params: { query: { q: q || undefined, page, size: 10 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useRoleGrants(userId: string | null) {
  return useQuery({
    queryKey: ['admin', 'grants', userId],
    queryFn: () => call(api.GET('/api/v1/admin/users/{userId}/roles', { params: { path: { userId: userId ?? '' } } })),
    enabled: userId !== null,
  });
}

export function useGrantRole(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: GrantRoleRequest) => call(api.POST('/api/v1/admin/users/{userId}/roles', { params: { path: { userId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'grants', userId] }),
  });
}

export function useRevokeRole(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) =>
      call(api.DELETE('/api/v1/admin/users/{userId}/roles/{grantId}', { params: { path: { userId, grantId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'grants', userId] }),
  });
}

/** Ends every session of an account ("log out everywhere"); answers how many were open. */
export function useEndSessions(userId: string) {
  return useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/admin/users/{userId}/sessions', { params: { path: { userId } } })),
  });
}

// ---- certificates

export function useAdminCertificate(code: string | null) {
  return useQuery({
    queryKey: ['admin', 'certificate', code],
    queryFn: () => call(api.GET('/api/v1/admin/certificates/{code}', { params: { path: { code: code ?? '' } } })),
    enabled: code !== null,
    retry: false,
  });
}

export function useRevokeCertificate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, reason }: { code: string; reason: string }) =>
      call(api.POST('/api/v1/admin/certificates/{code}/revoke', { params: { path: { code } }, body: { reason } })),
    onSuccess: (record) => client.setQueryData(['admin', 'certificate', record.code], record),
  });
}

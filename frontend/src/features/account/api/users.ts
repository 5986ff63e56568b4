import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { GrantRoleRequest } from '@/lib/api/types';

export const userKeys = {
  search: (q: string, page: number) => ['users', 'search', q, page] as const,
  grants: (userId: string | null) => ['users', userId, 'roles'] as const,
};

export function useAdminUsers(q: string, page: number) {
  return useQuery({
    queryKey: userKeys.search(q, page),
    queryFn: () => call(api.GET('/api/v1/admin/users', { params: { query: { q: q || undefined, page, size: 10 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useRoleGrants(userId: string | null) {
  return useQuery({
    queryKey: userKeys.grants(userId),
    queryFn: () => call(api.GET('/api/v1/admin/users/{userId}/roles', { params: { path: { userId: userId ?? '' } } })),
    enabled: userId !== null,
  });
}

export function useGrantRole(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: GrantRoleRequest) =>
      call(api.POST('/api/v1/admin/users/{userId}/roles', { params: { path: { userId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.grants(userId) }),
  });
}

export function useRevokeRole(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) =>
      call(api.DELETE('/api/v1/admin/users/{userId}/roles/{grantId}', { params: { path: { userId, grantId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.grants(userId) }),
  });
}

/** Ends every session of an account ("log out everywhere"); answers how many were open. */
export function useEndSessions(userId: string) {
  return useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/admin/users/{userId}/sessions', { params: { path: { userId } } })),
  });
}

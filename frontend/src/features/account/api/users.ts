import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { usePagedQuery, useRefreshingMutation } from '@/lib/query';
import type { GrantRoleRequest } from '@/lib/api/types';

export const userKeys = {
  search: (q: string, page: number) => ['users', 'search', q, page] as const,
  grants: (userId: string | null) => ['users', userId, 'roles'] as const,
};

export function useAdminUsers(q: string, page: number) {
  return usePagedQuery(userKeys.search(q, page), () =>
    call(api.GET('/api/v1/admin/users', { params: { query: { q: q || undefined, page, size: 10 } } })),
  );
}

export function useRoleGrants(userId: string | null) {
  return useQuery({
    queryKey: userKeys.grants(userId),
    queryFn: () => call(api.GET('/api/v1/admin/users/{userId}/roles', { params: { path: { userId: userId ?? '' } } })),
    enabled: userId !== null,
  });
}

export function useGrantRole(userId: string) {
  return useRefreshingMutation(userKeys.grants(userId), (body: GrantRoleRequest) =>
    call(api.POST('/api/v1/admin/users/{userId}/roles', { params: { path: { userId } }, body })),
  );
}

export function useRevokeRole(userId: string) {
  return useRefreshingMutation(userKeys.grants(userId), (grantId: string) =>
    call(api.DELETE('/api/v1/admin/users/{userId}/roles/{grantId}', { params: { path: { userId, grantId } } })),
  );
}

/** Ends every session of an account ("log out everywhere"); answers how many were open. */
export function useEndSessions(userId: string) {
  return useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/admin/users/{userId}/sessions', { params: { path: { userId } } })),
  });
}

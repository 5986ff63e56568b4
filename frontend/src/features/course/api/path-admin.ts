import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { useRefreshingMutation } from '@/lib/query';
import type { LearnerGroup, UpdatePathRequest } from '@/lib/api/types';
import { courseAdminKeys } from './course-admin';

/** The learning paths' cache, under the course editor's (`admin`). */
export const pathAdminKeys = {
  paths: [...courseAdminKeys.all, 'paths'] as const,
};

export function useAdminPaths() {
  return useQuery({
    queryKey: pathAdminKeys.paths,
    queryFn: () => call(api.GET('/api/v1/admin/paths')),
    // an editor starts from what is stored now (its version), not a minute-old copy
    staleTime: 0,
  });
}

export function useUpdatePath() {
  return useRefreshingMutation(
    pathAdminKeys.paths,
    ({ group, body }: { group: LearnerGroup; body: UpdatePathRequest }) =>
      call(api.PUT('/api/v1/admin/paths/{group}', { params: { path: { group } }, body })),
  );
}

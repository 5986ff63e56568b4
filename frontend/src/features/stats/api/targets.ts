import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { useRefreshingMutation } from '@/lib/query';
import { statsKeys } from './stats';
import type { TargetRequest } from '@/lib/api/types';

/**
 * Creates a target (`id` null) in `province` ('' the API's default: the caller's own, or the deployment's) or
 * replaces one (it stays in its province); every figure is measured against the targets.
 */
export function useSaveTarget(province = '') {
  return useRefreshingMutation(statsKeys.all, ({ id, body }: { id: string | null; body: TargetRequest }) =>
    id === null
      ? call(api.POST('/api/v1/admin/targets', { params: { query: { province: province || undefined } }, body }))
      : call(api.PUT('/api/v1/admin/targets/{targetId}', { params: { path: { targetId: id } }, body })),
  );
}

export function useDeleteTarget() {
  return useRefreshingMutation(statsKeys.all, (targetId: string) =>
    call(api.DELETE('/api/v1/admin/targets/{targetId}', { params: { path: { targetId } } })),
  );
}

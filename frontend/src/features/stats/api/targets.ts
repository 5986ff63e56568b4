import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { statsKeys } from './stats';
import type { TargetRequest } from '@/lib/api/types';

/** Creates a target (`id` null) or replaces one; every figure is measured against the targets. */
export function useSaveTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TargetRequest }) =>
      id === null
        ? call(api.POST('/api/v1/admin/targets', { body }))
        : call(api.PUT('/api/v1/admin/targets/{targetId}', { params: { path: { targetId: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: statsKeys.all }),
  });
}

export function useDeleteTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (targetId: string) =>
      call(api.DELETE('/api/v1/admin/targets/{targetId}', { params: { path: { targetId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: statsKeys.all }),
  });
}

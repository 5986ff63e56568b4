import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { Profile, UpdateProfileRequest } from '@/lib/api/types';

export const meQueryKey = ['me'] as const;

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: () => call(api.GET('/api/v1/me')) });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => call(api.PATCH('/api/v1/me', { body })),
    onSuccess: (profile: Profile) => queryClient.setQueryData(meQueryKey, profile),
  });
}

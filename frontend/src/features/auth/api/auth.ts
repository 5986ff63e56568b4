import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { RegisterRequest } from '@/lib/api/types';
import { logIn } from '@/lib/auth/actions';

export function useRegister() {
  return useMutation({
    mutationFn: (body: RegisterRequest) => call(api.POST('/api/v1/auth/register', { body })),
  });
}

export function useLogin() {
  return useMutation({
    mutationFn: ({ login, password }: { login: string; password: string }) => logIn(login, password),
  });
}

import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { RegisterRequest } from '@/lib/api/types';
import { logIn } from '@/lib/auth/actions';
import type { Persistence } from '@/lib/auth/token-store';

export function useRegister() {
  return useMutation({
    mutationFn: (body: RegisterRequest) => call(api.POST('/api/v1/auth/register', { body })),
  });
}

export function useLogin() {
  return useMutation({
    mutationFn: ({ login, password, persistence }: { login: string; password: string; persistence?: Persistence }) =>
      logIn(login, password, persistence),
  });
}

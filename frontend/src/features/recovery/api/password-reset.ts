import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';

/** "Quên mật khẩu", step 1: a code to the phone or e-mail (the API answers 202 whether or not an account has it). */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (login: string) => call(api.POST('/api/v1/auth/password-reset', { body: { login } })),
  });
}

/** Step 2: the code and a new password; every session of the account ends. */
export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: { login: string; code: string; newPassword: string }) =>
      call(api.POST('/api/v1/auth/password-reset/confirm', { body })),
  });
}

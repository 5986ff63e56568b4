import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { usePagedQuery, useRefreshingMutation } from '@/lib/query';
import type { components } from '@/lib/api/schema';

export type AssistedRegistrationRequest = components['schemas']['AssistedRegistrationRequest'];
export type Helper = components['schemas']['Helper'];
export type HelperActivity = components['schemas']['HelperActivity'];

/** A helper registers a person who is with them; the person's code to set a password goes to the person. */
export function useAssistedRegistration() {
  return useMutation({
    mutationFn: (body: AssistedRegistrationRequest) => call(api.POST('/api/v1/assisted/registrations', { body })),
  });
}

/** A helper starts a reset for a person of their unit; the code goes to the person, never to the helper. */
export function useAssistedReset() {
  return useMutation({
    mutationFn: (login: string) => call(api.POST('/api/v1/assisted/password-resets', { body: { login } })),
  });
}

/** Phone verification at registration, where the deployment asks for it. */
export function useRequestPhoneVerification() {
  return useMutation({
    mutationFn: (phone: string) => call(api.POST('/api/v1/auth/phone-verification', { body: { phone } })),
  });
}

export function useConfirmPhoneVerification() {
  return useMutation({
    mutationFn: (body: { phone: string; code: string }) =>
      call(api.POST('/api/v1/auth/phone-verification/confirm', { body })),
  });
}

export const helperKeys = {
  unit: (code: string) => ['unit-helpers', code] as const,
  list: (code: string, page: number) => ['unit-helpers', code, 'list', page] as const,
  activity: (code: string, page: number) => ['unit-helpers', code, 'activity', page] as const,
};

export function useUnitHelpers(code: string, page: number) {
  return usePagedQuery(helperKeys.list(code, page), () =>
    call(api.GET('/api/v1/unit-helpers/{code}', { params: { path: { code }, query: { page, size: 20 } } })),
  );
}

export function useHelperActivity(code: string, page: number) {
  return usePagedQuery(helperKeys.activity(code, page), () =>
    call(api.GET('/api/v1/unit-helpers/{code}/activity', { params: { path: { code }, query: { page, size: 20 } } })),
  );
}

export function useGrantHelper(code: string) {
  return useRefreshingMutation(helperKeys.unit(code), (login: string) =>
    call(api.POST('/api/v1/unit-helpers/{code}', { params: { path: { code } }, body: { login } })),
  );
}

export function useRevokeHelper(code: string) {
  return useRefreshingMutation(helperKeys.unit(code), (userId: string) =>
    call(api.DELETE('/api/v1/unit-helpers/{code}/{userId}', { params: { path: { code, userId } } })),
  );
}

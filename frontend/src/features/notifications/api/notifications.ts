import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { useRefreshingMutation } from '@/lib/query';

/** How often the bell asks for the unread count while a page is open. */
const BELL_REFRESH_MS = 60_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  page: (page: number) => ['notifications', 'page', page] as const,
  settings: ['notifications', 'settings'] as const,
  bulkPreview: (code: string, status: BulkStatus, kind: BulkKind) => ['bulk-message', code, status, kind] as const,
};

export const notificationQueries = {
  unread: () =>
    queryOptions({
      queryKey: notificationKeys.unread,
      refetchInterval: BELL_REFRESH_MS,
      queryFn: () => call(api.GET('/api/v1/me/notifications/unread-count')),
    }),
  page: (page: number) =>
    queryOptions({
      queryKey: notificationKeys.page(page),
      queryFn: () => call(api.GET('/api/v1/me/notifications', { params: { query: { page, size: 20 } } })),
    }),
};

export function useUnreadCount(enabled: boolean) {
  return useQuery({ ...notificationQueries.unread(), enabled, retry: false });
}

export function useMyNotifications(page: number) {
  return useQuery(notificationQueries.page(page));
}

export function useMarkRead() {
  return useRefreshingMutation(notificationKeys.all, (notificationId: string) =>
    call(api.POST('/api/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
  );
}

export function useMarkAllRead() {
  return useRefreshingMutation(notificationKeys.all, () => call(api.POST('/api/v1/me/notifications/read-all')));
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: notificationKeys.settings,
    queryFn: () => call(api.GET('/api/v1/me/notification-settings')),
  });
}

export function useUpdateNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { language: 'vi' | 'en'; optOuts: { kind: Kind; channel: Channel }[] }) =>
      call(api.PUT('/api/v1/me/notification-settings', { body })),
    onSuccess: (settings) => client.setQueryData(notificationKeys.settings, settings),
  });
}

export type Kind =
  | 'PASSWORD_RESET_CODE'
  | 'CERTIFICATE_ISSUED'
  | 'REMINDER_NOT_STARTED'
  | 'REMINDER_STALLED'
  | 'REMINDER_RETAKE_OPEN'
  | 'MANAGER_DIGEST'
  | BulkKind;
export type Channel = 'IN_APP' | 'EMAIL' | 'SMS' | 'ZALO_ZNS';

export type BulkStatus = 'NOT_ENROLLED' | 'NOT_COMPLETED' | 'NOT_PASSED';
export type BulkKind = 'BULK_INVITE' | 'BULK_CONTINUE' | 'BULK_TAKE_TEST';
export const BULK_STATUSES: BulkStatus[] = ['NOT_ENROLLED', 'NOT_COMPLETED', 'NOT_PASSED'];
export const BULK_KINDS: BulkKind[] = ['BULK_INVITE', 'BULK_CONTINUE', 'BULK_TAKE_TEST'];
/** The template that fits each list, offered first. */
export const BULK_KIND_FOR: Record<BulkStatus, BulkKind> = {
  NOT_ENROLLED: 'BULK_INVITE',
  NOT_COMPLETED: 'BULK_CONTINUE',
  NOT_PASSED: 'BULK_TAKE_TEST',
};

/** How many people a message to the unit's follow-up list would reach, and the day's limit left. */
export function useBulkPreview(code: string, status: BulkStatus, kind: BulkKind, enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.bulkPreview(code, status, kind),
    enabled,
    gcTime: 0,
    queryFn: () =>
      call(
        api.POST('/api/v1/stats/units/{code}/learners/messages/preview', {
          params: { path: { code } },
          body: { status, kind },
        }),
      ),
  });
}

export function useSendBulkMessage(code: string) {
  return useMutation({
    mutationFn: (body: { status: BulkStatus; kind: BulkKind; expectedRecipients: number }) =>
      call(api.POST('/api/v1/stats/units/{code}/learners/messages', { params: { path: { code } }, body })),
  });
}

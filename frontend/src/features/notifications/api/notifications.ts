import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';

/** How often the bell asks for the unread count while a page is open. */
const BELL_REFRESH_MS = 60_000;

export const notificationQueries = {
  unread: () =>
    queryOptions({
      queryKey: ['notifications', 'unread'],
      refetchInterval: BELL_REFRESH_MS,
      queryFn: () => call(api.GET('/api/v1/me/notifications/unread-count')),
    }),
  page: (page: number) =>
    queryOptions({
      queryKey: ['notifications', 'page', page],
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
  const client = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      call(api.POST('/api/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.POST('/api/v1/me/notifications/read-all')),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: ['notifications', 'settings'],
    queryFn: () => call(api.GET('/api/v1/me/notification-settings')),
  });
}

export function useUpdateNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { language: 'vi' | 'en'; optOuts: { kind: Kind; channel: Channel }[] }) =>
      call(api.PUT('/api/v1/me/notification-settings', { body })),
    onSuccess: (settings) => client.setQueryData(['notifications', 'settings'], settings),
  });
}

export type Kind = 'PASSWORD_RESET_CODE' | 'CERTIFICATE_ISSUED';
export type Channel = 'IN_APP' | 'EMAIL' | 'SMS' | 'ZALO_ZNS';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { certificateKeys } from './certificates';

export function useAdminCertificate(code: string | null) {
  return useQuery({
    queryKey: certificateKeys.record(code),
    queryFn: () => call(api.GET('/api/v1/admin/certificates/{code}', { params: { path: { code: code ?? '' } } })),
    enabled: code !== null,
    retry: false,
  });
}

export function useRevokeCertificate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, reason }: { code: string; reason: string }) =>
      call(api.POST('/api/v1/admin/certificates/{code}/revoke', { params: { path: { code } }, body: { reason } })),
    onSuccess: (record) => client.setQueryData(certificateKeys.record(record.code), record),
  });
}

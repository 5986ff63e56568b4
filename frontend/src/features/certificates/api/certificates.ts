import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call, networkError, toApiError } from '@/lib/api/problem';
import { JUST_FETCHED_MS } from '@/lib/query';
import { apiUrl } from '@/lib/api/media';

export const certificateKeys = {
  mine: ['certificates', 'mine'] as const,
  verification: (code: string) => ['certificates', 'verify', code] as const,
  /** An administrator's view of one certificate (holder, revocation). */
  record: (code: string | null) => ['certificates', 'record', code] as const,
};

export const certificateQueries = {
  mine: () =>
    queryOptions({
      queryKey: certificateKeys.mine,
      staleTime: JUST_FETCHED_MS,
      queryFn: () => call(api.GET('/api/v1/me/certificates', { params: { query: { page: 1, size: 100 } } })),
    }),
  /** Public verification of a code, as anyone holding it may do. */
  verification: (code: string) =>
    queryOptions({
      queryKey: certificateKeys.verification(code),
      staleTime: JUST_FETCHED_MS,
      queryFn: () => call(api.GET('/api/v1/certificates/{code}', { params: { path: { code } } })),
    }),
};

export function useMyCertificates() {
  return useQuery(certificateQueries.mine());
}

export function useVerification(code: string) {
  return useQuery({ ...certificateQueries.verification(code), enabled: code.length > 0 });
}

export function pdfUrl(code: string): string {
  return apiUrl(`/api/v1/certificates/${encodeURIComponent(code)}/pdf`);
}

/**
 * Downloads the PDF as a file named after the code. The API serves it inline from another origin, where
 * a plain link's `download` attribute is ignored, so the file is fetched and saved from a blob.
 */
export async function downloadPdf(code: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(pdfUrl(code), { headers: { Accept: 'application/pdf, application/problem+json' } });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw toApiError(response, body);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `chung-nhan-${code}.pdf`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { call, networkError, toApiError } from '@/lib/api/problem';
import type { CredentialVerification } from '@/lib/api/types';

type Format = 'json' | 'jwt' | 'qr';

const MIME: Record<Format, string> = {
  json: 'application/json',
  jwt: 'application/vc+jwt',
  qr: 'image/svg+xml',
};

/** The holder's credential (Open Badges 3.0) in one format, through the API client so that it carries the token. */
async function fetchCredential(code: string, format: Format): Promise<Blob> {
  let result;
  try {
    result = await api.GET('/api/v1/me/certificates/{code}/credential', {
      params: { path: { code }, query: { format } },
      parseAs: 'blob',
      headers: { Accept: `${MIME[format]}, application/problem+json` },
    });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!result.response.ok || !result.data) throw toApiError(result.response, result.error);
  return result.data as Blob;
}

/** Saves the credential as a file: the JSON a wallet imports, or the bare JWT. */
export async function downloadCredential(code: string, format: 'json' | 'jwt'): Promise<void> {
  const blob = await fetchCredential(code, format);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `chung-nhan-so-${code}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The QR code that carries the credential, as an object URL for an image (the caller revokes it). */
export async function credentialQrUrl(code: string): Promise<string> {
  return URL.createObjectURL(await fetchCredential(code, 'qr'));
}

/**
 * What a person pasted or chose: a file downloaded from Học vụ số (JSON, the credential inside) or a bare JWT.
 * The API accepts both; JSON that does not parse is sent as text and the API says what is wrong with it.
 */
export function credentialBody(text: string): { credential: string } | Record<string, unknown> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed) as Record<string, unknown>;
    } catch {
      return { credential: trimmed };
    }
  }
  return { credential: trimmed };
}

/** Checks a credential (public). */
export function useVerifyCredential() {
  return useMutation<CredentialVerification, Error, string>({
    mutationFn: (text) =>
      call(
        api.POST('/api/v1/credentials/verify', {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the file's JSON is checked by the API
          body: credentialBody(text) as any,
        }),
      ),
  });
}

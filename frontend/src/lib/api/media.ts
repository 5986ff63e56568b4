import { config } from '@/lib/config';

/** A media address from the API: a path on the API's server, or a full https:// address. */
export function mediaUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  if (/^https:\/\//i.test(url)) return url;
  if (url.startsWith('/') && !url.startsWith('//')) return `${config.apiBaseUrl}${url}`;
  return null;
}

/** The API's absolute address of a path it returned (e.g. a certificate's pdfUrl). */
export function apiUrl(path: string): string {
  return /^https?:\/\//i.test(path) ? path : `${config.apiBaseUrl}${path.startsWith('/') ? '' : '/'}${path}`;
}

import { useCallback, useRef, useState } from 'react';
import { api } from '@/lib/api/client';
import { networkError, toApiError } from '@/lib/api/problem';
import { saveBlob } from '@/lib/download';
import type { operations } from '@/lib/api/schema';

export type ExportQuery = operations['exportUnitStats']['parameters']['query'];
export type ExportFormat = ExportQuery['format'];

export type ExportState =
  | { status: 'idle' }
  | { status: 'busy'; format: ExportFormat; received: number; total: number | null }
  | { status: 'done'; format: ExportFormat; fileName: string }
  | { status: 'error'; format: ExportFormat; error: unknown };

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `attachment; filename="x.csv"` (or RFC 5987 `filename*=UTF-8''…`) → the name, else a default. */
export function fileNameFrom(disposition: string | null, format: ExportFormat): string {
  const star = disposition && /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1].trim());
  const plain = disposition && /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  if (plain?.[1]) return plain[1].trim();
  return `ket-qua-theo-don-vi.${format}`;
}

/**
 * Downloads the per-unit results file through the API client (so it carries the bearer token and
 * refreshes an expired one), reading the body as a stream to show progress when the size is known.
 */
export function useExport() {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const busy = useRef(false);

  const start = useCallback(async (query: ExportQuery) => {
    if (busy.current) return;
    busy.current = true;
    const { format } = query;
    setState({ status: 'busy', format, received: 0, total: null });
    try {
      let result;
      try {
        result = await api.GET('/api/v1/stats/units/export', { params: { query }, parseAs: 'stream' });
      } catch (cause) {
        throw networkError(cause);
      }
      const { response } = result;
      // openapi-fetch has already read an error's body (the problem) into `error`
      if (!response.ok) throw toApiError(response, result.error);
      const lengthHeader = response.headers.get('Content-Length');
      const total = lengthHeader && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
      const chunks: Uint8Array[] = [];
      let received = 0;
      const reader = response.body?.getReader();
      if (reader) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          received += value.byteLength;
          setState({ status: 'busy', format, received, total });
        }
      }
      const fileName = fileNameFrom(response.headers.get('Content-Disposition'), format);
      saveBlob(new Blob(chunks as BlobPart[], { type: MIME[format] }), fileName);
      setState({ status: 'done', format, fileName });
    } catch (error) {
      setState({ status: 'error', format, error });
    } finally {
      busy.current = false;
    }
  }, []);

  return { state, start };
}

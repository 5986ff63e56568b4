import { useTranslation } from 'react-i18next';
import type { Notice } from '@/lib/use-api-form';
import { Alert } from './Alert';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';

/**
 * A form's message (what failed outside its fields) and notice (what the last submit achieved); with
 * `summary`, the error summary before them (each field's error linked to it, focused on every failed submit).
 */
export function FormMessages({
  form,
  summary = false,
}: {
  form: { formError: string | null; notice: Notice | null; summary?: SummaryItem[]; submitCount?: number };
  summary?: boolean;
}) {
  return (
    <>
      {summary && form.summary && <ErrorSummary items={form.summary} focusKey={form.submitCount ?? 0} />}
      {form.formError && <Alert variant="error">{form.formError}</Alert>}
      {form.notice && <Alert variant={form.notice.variant}>{form.notice.text}</Alert>}
    </>
  );
}

/** The same for an administration form: the failure under a title ("Không lưu được"), the notice as a title. */
export function SaveResult({
  error,
  title,
  notice,
}: {
  error?: string | null;
  title?: string;
  notice?: Notice | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <Alert variant="error" title={title ?? t('admin.saveFailed')}>
          <p>{error}</p>
        </Alert>
      )}
      {notice && <Alert variant={notice.variant} title={notice.text} />}
    </>
  );
}

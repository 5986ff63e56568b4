import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@/components/ui';
import { errorMessage } from '@/lib/api/problem';
import { useExport, type ExportQuery } from '../api/export';
import { numberFormat } from '@/lib/format';

function formatBytes(bytes: number, locale?: string): string {
  const kb = bytes / 1024;
  return kb < 1024
    ? `${numberFormat(locale, { maximumFractionDigits: 0 }).format(kb)} kB`
    : `${numberFormat(locale, { maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}

/** CSV and XLSX downloads of the per-unit results file, with progress while the file arrives. */
export function ExportButtons({ filters }: { filters: Omit<ExportQuery, 'format'> }) {
  const { t, i18n } = useTranslation();
  const { state, start } = useExport();
  const busy = state.status === 'busy';

  return (
    <div className="export">
      <div className="actions">
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            variant="secondary"
            loading={busy && state.format === format}
            loadingText={t('stats.export.busy')}
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) void start({ ...filters, format });
            }}
          >
            {t(`stats.export.${format}`)}
          </Button>
        ))}
      </div>
      <div aria-live="polite" className="export__status">
        {busy &&
          (state.total ? (
            <>
              <label htmlFor="export-progress">
                {t('stats.export.progress', {
                  received: formatBytes(state.received, i18n.language),
                  total: formatBytes(state.total, i18n.language),
                })}
              </label>
              <progress id="export-progress" max={state.total} value={state.received} />
            </>
          ) : (
            <>
              <label htmlFor="export-progress">{t('stats.export.preparing')}</label>
              {/* no Content-Length: an indeterminate bar (no value) says "working" without a false percentage */}
              <progress id="export-progress" />
            </>
          ))}
        {state.status === 'done' && <p className="muted">{t('stats.export.done', { fileName: state.fileName })}</p>}
      </div>
      {state.status === 'error' && (
        <Alert variant="error" title={t('stats.export.failed')}>
          <p>{errorMessage(state.error, t)}</p>
        </Alert>
      )}
    </div>
  );
}

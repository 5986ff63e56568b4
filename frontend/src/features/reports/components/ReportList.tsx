import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ProgressBar } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { DetailRow } from '@/components/ui/DetailRow';
import { PagedList } from '@/components/ui/PagedList';
import { formatBytes, formatInVietnam } from '@/lib/format';
import { useAsyncAction } from '@/lib/use-async-action';
import { useConfirmedMutation } from '@/lib/use-confirmed-mutation';
import { downloadReport, isUnfinished, useDeleteReport, useReports, type Report } from '../api/reports';

const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const MOMENT: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit' };
/** A day the API writes as `2026-11-20`, read as that day (noon in Vietnam: no time zone moves it). */
const day = (date: string) => formatInVietnam(`${date}T12:00:00+07:00`, DAY);

/**
 * The reports this person may see (an administrator every one), newest first, a page at a time: each with its
 * progress while it is being made (the list asked again every second), then its file to download, or why it failed;
 * each can be deleted after a confirmation.
 */
export function ReportList({ page, onPage }: { page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const reports = useReports(page);
  const remove = useDeleteReport();
  const deleting = useConfirmedMutation(remove, (report: Report) => report);
  return (
    <section className="stack" aria-labelledby="reports-list-title">
      <h2 id="reports-list-title">{t('reports.listTitle')}</h2>
      {deleting.error && <Alert variant="error">{deleting.error}</Alert>}
      <PagedList
        query={reports}
        empty={t('reports.empty')}
        errorTitle={t('reports.loadError')}
        pagesLabel={t('reports.listTitle')}
        onPage={onPage}
      >
        {(data) => (
          <ul className="report-list stack" aria-label={t('reports.listTitle')}>
            {data.items.map((report) => (
              <ReportItem
                key={report.id}
                report={report}
                progressLost={reports.isRefetchError}
                onDelete={() => deleting.ask(report)}
              />
            ))}
          </ul>
        )}
      </PagedList>
      <ConfirmDialog
        {...deleting.dialog}
        title={t('reports.deleteTitle')}
        confirmLabel={t('reports.deleteConfirm')}
        danger
      >
        {deleting.item && <p>{t('reports.deleteBody', { name: title(deleting.item, t) })}</p>}
      </ConfirmDialog>
    </section>
  );
}

function title(report: Report, t: TFunction): string {
  return t('reports.itemTitle', {
    kind: t(`reports.kinds.${report.kind}`),
    format: report.format,
    asOf: day(report.asOf),
  });
}

/** `progressLost`: the list could not be asked for again, so an unfinished report's progress may be old. */
function ReportItem({
  report,
  progressLost,
  onDelete,
}: {
  report: Report;
  progressLost: boolean;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const download = useAsyncAction();
  const heading = title(report, t);
  const headingId = `report-${report.id}`;
  return (
    <li className="card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <dl className="details">
        {report.unitName && <DetailRow label={t('reports.unit')}>{report.unitName}</DetailRow>}
        {report.compareTo && <DetailRow label={t('reports.comparedWith')}>{day(report.compareTo)}</DetailRow>}
        <DetailRow label={t('reports.requestedBy')}>
          {t('reports.requestedAt', { name: report.requestedBy, time: formatInVietnam(report.createdAt, MOMENT) })}
        </DetailRow>
      </dl>
      <p role="status">
        <strong>{t('reports.status')}:</strong> {t(`reports.statuses.${report.status}`)}
      </p>
      {isUnfinished(report) && (
        <ProgressBar
          value={report.progress}
          label={t('reports.progressLabel', { name: heading })}
          text={report.step ? `${report.progress}% · ${report.step}` : `${report.progress}%`}
        />
      )}
      {report.status === 'FAILED' && (
        <Alert variant="error" title={t('reports.failed')}>
          {report.error ?? t('reports.failedUnknown')}
        </Alert>
      )}
      {progressLost && isUnfinished(report) && (
        <p className="muted" role="status">
          {t('reports.progressLost')}
        </p>
      )}
      <div className="actions actions--tight">
        {report.status === 'DONE' && (
          <Button
            loading={download.busy}
            loadingText={t('reports.downloading')}
            onClick={download.run(() => downloadReport(report))}
          >
            {t('reports.download', {
              file: report.fileName ?? report.format,
              size: report.sizeBytes == null ? '' : ` (${formatBytes(report.sizeBytes)})`,
            })}
          </Button>
        )}
        <Button variant="secondary" onClick={onDelete}>
          {t('reports.delete')}
          <span className="visually-hidden"> {heading}</span>
        </Button>
      </div>
      {download.error && <Alert variant="error">{download.error}</Alert>}
    </li>
  );
}

import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';
import { errorMessage } from '@/lib/api/problem';
import { Button } from './Button';
import { DataTable } from './DataTable';
import { SaveResult } from './FormMessages';

export type ImportReport = components['schemas']['ImportReport'];
export type ImportRequest = { file: File; dryRun: boolean };
/** What the component shows of any import's report (a results import has no `updated`). */
type Summary = Pick<ImportReport, 'dryRun' | 'created' | 'unchanged' | 'errorRows' | 'errors'> & { updated?: number };

/**
 * A spreadsheet of named places (organisations, villages) or of results (the national platform's): checked first (a dry run, row by row, each wrong row's
 * problem shown), then written all at once, only when no row is wrong. Its texts are the feature's, under
 * `texts` (importTitle, importIntro, importFile, dryRun, importRun, reportDry, reportDone, importErrors, line,
 * column, problem; with `template`, templateXlsx and templateCsv name the links to the template the file follows).
 */
export function FileImport<R extends Summary = ImportReport>({
  id,
  texts,
  send,
  template,
}: {
  id: string;
  texts: string;
  send: UseMutationResult<R, unknown, ImportRequest>;
  /** The address of the file's template in each format. */
  template?: (format: 'xlsx' | 'csv') => string;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<R | null>(null);
  const [error, setError] = useState<string | null>(null);

  function run(dryRun: boolean) {
    if (!file) return;
    setError(null);
    send.mutate(
      { file, dryRun },
      { onSuccess: (r) => setReport(r), onError: (cause) => setError(errorMessage(cause, t)) },
    );
  }

  return (
    <section className="stack card" aria-labelledby={`${id}-import-title`}>
      <h2 id={`${id}-import-title`}>{t(`${texts}.importTitle`)}</h2>
      <p>{t(`${texts}.importIntro`)}</p>
      {template && (
        <p>
          <a href={template('xlsx')} download>
            {t(`${texts}.templateXlsx`)}
          </a>{' '}
          ·{' '}
          <a href={template('csv')} download>
            {t(`${texts}.templateCsv`)}
          </a>
        </p>
      )}
      <label htmlFor={`${id}-file`}>{t(`${texts}.importFile`)}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.xlsx,.txt,text/csv"
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          setReport(null);
        }}
      />
      <div className="actions">
        <Button variant="secondary" disabled={!file} loading={send.isPending} onClick={() => run(true)}>
          {t(`${texts}.dryRun`)}
        </Button>
        <Button
          disabled={!file || !report?.dryRun || report.errorRows > 0}
          loading={send.isPending}
          onClick={() => run(false)}
        >
          {t(`${texts}.importRun`)}
        </Button>
      </div>
      <SaveResult error={error} />
      {report && (
        <div className="stack" role="status">
          <p>
            {t(report.dryRun ? `${texts}.reportDry` : `${texts}.reportDone`, {
              created: report.created,
              updated: report.updated,
              unchanged: report.unchanged,
              errors: report.errorRows,
            })}
          </p>
          {report.errors.length > 0 && (
            <DataTable
              label={t(`${texts}.importErrors`)}
              rows={report.errors}
              rowKey={(e) => `${e.line}-${e.field}-${e.code}`}
              columns={[
                { label: t(`${texts}.line`), rowHeader: true, cell: (e) => e.line },
                { label: t(`${texts}.column`), cell: (e) => e.field },
                { label: t(`${texts}.problem`), cell: (e) => e.message },
              ]}
            />
          )}
        </div>
      )}
    </section>
  );
}

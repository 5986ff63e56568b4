import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui';
import { DataTable } from '@/components/ui/DataTable';
import { SaveResult } from '@/components/ui/FormMessages';
import { errorMessage } from '@/lib/api/problem';
import { useImportOrganisations, type OrganisationImportReport } from '../api/organisations';

/** A spreadsheet of organisations: checked first (a dry run, row by row), then written all at once. */
export function OrganisationImport() {
  const { t } = useTranslation();
  const send = useImportOrganisations();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<OrganisationImportReport | null>(null);
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
    <section className="stack card" aria-labelledby="organisation-import-title">
      <h2 id="organisation-import-title">{t('admin.organisations.importTitle')}</h2>
      <p>{t('admin.organisations.importIntro')}</p>
      <label htmlFor="organisation-file">{t('admin.organisations.importFile')}</label>
      <input
        id="organisation-file"
        type="file"
        accept=".csv,.xlsx,text/csv"
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          setReport(null);
        }}
      />
      <div className="actions">
        <Button variant="secondary" disabled={!file} loading={send.isPending} onClick={() => run(true)}>
          {t('admin.organisations.dryRun')}
        </Button>
        <Button
          disabled={!file || !report?.dryRun || report.errorRows > 0}
          loading={send.isPending}
          onClick={() => run(false)}
        >
          {t('admin.organisations.importRun')}
        </Button>
      </div>
      <SaveResult error={error} />
      {report && (
        <div className="stack" role="status">
          <p>
            {t(report.dryRun ? 'admin.organisations.reportDry' : 'admin.organisations.reportDone', {
              created: report.created,
              updated: report.updated,
              unchanged: report.unchanged,
              errors: report.errorRows,
            })}
          </p>
          {report.errors.length > 0 && (
            <DataTable
              label={t('admin.organisations.importErrors')}
              columns={[
                t('admin.organisations.line'),
                t('admin.organisations.column'),
                t('admin.organisations.problem'),
              ]}
            >
              {report.errors.map((e) => (
                <tr key={`${e.line}-${e.field}-${e.code}`}>
                  <th scope="row">{e.line}</th>
                  <td>{e.field}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </div>
      )}
    </section>
  );
}

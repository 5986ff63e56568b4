import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ErrorSummary, ProgressBar, RadioGroup } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { DataTable } from '@/components/ui/DataTable';
import { QueryState } from '@/components/ui/QueryState';
import { ApiError } from '@/lib/api/problem';
import type { OrganisationKind } from '@/lib/api/types';
import { useAsyncAction } from '@/lib/use-async-action';
import { useApiForm } from '@/lib/use-api-form';
import {
  downloadRosterResult,
  previewRoster,
  startRoster,
  templateUrl,
  useRosterImport,
  type RosterDryRun,
  type RosterTarget,
} from '../api/rosters';
import { ROSTER_KINDS, rosterKindsOf, type RosterKind } from '../kinds';

interface Values {
  kind: RosterKind;
  file: File | null;
}

/**
 * A roster of one organisation: what it imports (its columns and template), the file checked first (the
 * dry run, row by row), then imported after a confirmation, its progress, and the result file with the
 * activation codes. `organisation`: the one chosen on the page; its kind says which rosters it imports
 * (a school its students or its staff, an enterprise its workers, an agency its public servants).
 */
export function RosterImport({ organisation }: { organisation: { id: number; kind: OrganisationKind } }) {
  const { t } = useTranslation();
  const kinds = rosterKindsOf(organisation.kind);
  const form = useApiForm<Values, 'kind' | 'file'>({
    initial: { kind: kinds[0] as RosterKind, file: null }, // every kind of organisation imports one roster at least
    fields: ['kind', 'file'],
    validate: ({ file }) => (file ? {} : { file: { key: 'rosters.fileRequired' } }),
    clearOnEdit: true,
  });
  const [preview, setPreview] = useState<RosterDryRun | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [starting, setStarting] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const spec = ROSTER_KINDS[form.values.kind];
  const target: RosterTarget = { organisationId: organisation.id, group: spec.group };

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    form.set(field, value);
    setPreview(null);
    setImportId(null);
  }

  const check = form.submit(async ({ file }) => {
    setPreview(await previewRoster(file as File, target));
  });

  async function start() {
    const file = form.values.file;
    if (!file || !preview) return;
    setStarting(true);
    try {
      const queued = await startRoster(file, target, preview.needsConfirmation);
      setImportId(queued.id);
      setPreview(null);
    } catch (error) {
      form.fail(error);
    } finally {
      setStarting(false);
      setConfirming(false);
    }
  }

  return (
    <div className="stack">
      <form className="form stack" onSubmit={check} noValidate>
        <ErrorSummary items={form.summary} focusKey={form.submitCount} />
        <RadioGroup
          id="kind"
          name="roster-kind"
          legend={t('rosters.kind')}
          value={form.values.kind}
          onChange={(value) => change('kind', value as RosterKind)}
          options={kinds.map((kind) => ({ value: kind, label: t(`rosters.kinds.${kind}`) }))}
        />
        <section className="card stack" aria-labelledby="roster-columns">
          <h2 id="roster-columns">{t('rosters.columnsTitle')}</h2>
          <ul className="link-list" aria-label={t('rosters.columnsTitle')}>
            {spec.columns.map((column) => (
              <li key={column}>{column}</li>
            ))}
          </ul>
          <p>{t('rosters.columnsHint')}</p>
          <p>
            <a href={templateUrl(spec.template, 'xlsx')} download>
              {t('rosters.templateXlsx')}
            </a>{' '}
            ·{' '}
            <a href={templateUrl(spec.template, 'csv')} download>
              {t('rosters.templateCsv')}
            </a>
          </p>
        </section>
        <div className="field">
          <label className="field__label" htmlFor="file">
            {t('rosters.file')}
          </label>
          <p className="field__hint" id="file-hint">
            {t('rosters.fileHint')}
          </p>
          {form.errors.file && (
            <p className="field__error" id="file-error">
              {form.errors.file}
            </p>
          )}
          <input
            id="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={form.errors.file ? 'file-hint file-error' : 'file-hint'}
            aria-invalid={form.errors.file ? true : undefined}
            onChange={(event) => change('file', event.target.files?.[0] ?? null)}
          />
        </div>
        {form.formError && <Alert variant="error">{form.formError}</Alert>}
        <Button type="submit" variant="secondary">
          {t('rosters.check')}
        </Button>
      </form>
      {preview && <Preview preview={preview} onImport={() => setConfirming(true)} />}
      <ConfirmDialog
        open={confirming}
        title={t('rosters.confirmTitle')}
        confirmLabel={t('rosters.import')}
        busy={starting}
        onConfirm={() => void start()}
        onCancel={() => setConfirming(false)}
      >
        {preview && (
          <p>
            {t('rosters.confirmBody', {
              create: preview.toCreate,
              update: preview.toUpdate,
              errors: preview.errorRows,
            })}
          </p>
        )}
        {preview?.needsConfirmation && <p>{t('rosters.overCap')}</p>}
      </ConfirmDialog>
      {importId && <Progress id={importId} />}
    </div>
  );
}

function Preview({ preview, onImport }: { preview: RosterDryRun; onImport: () => void }) {
  const { t } = useTranslation();
  const valid = preview.toCreate + preview.toUpdate;
  return (
    <section className="card stack" aria-labelledby="roster-preview">
      <h2 id="roster-preview">{t('rosters.previewTitle')}</h2>
      <p role="status">
        {t('rosters.previewSummary', {
          total: preview.totalRows,
          create: preview.toCreate,
          update: preview.toUpdate,
          unchanged: preview.unchanged,
          errors: preview.errorRows,
        })}
      </p>
      {preview.errors.length > 0 && (
        <DataTable
          label={t('rosters.problems')}
          rows={preview.errors}
          rowKey={(_, index) => index}
          columns={[
            { label: t('rosters.line'), cell: (problem) => problem.line },
            { label: t('rosters.field'), cell: (problem) => problem.field },
            { label: t('rosters.problem'), cell: (problem) => problem.message },
          ]}
        />
      )}
      {valid > 0 ? (
        <p>
          <Button onClick={onImport}>{t('rosters.import')}</Button>
        </p>
      ) : (
        <p>{t('rosters.nothingToImport')}</p>
      )}
    </section>
  );
}

function Progress({ id }: { id: string }) {
  const { t } = useTranslation();
  const status = useRosterImport(id);
  const download = useAsyncAction();
  const data = status.data;
  const forbidden = status.error instanceof ApiError && status.error.status === 404;
  return (
    <section className="card stack" aria-labelledby="roster-progress">
      <h2 id="roster-progress">{t('rosters.progressTitle')}</h2>
      <QueryState query={status} errorTitle={forbidden ? t('rosters.importGone') : t('ui.loadError')}>
        {data && (
          <>
            <ProgressBar
              value={data.totalRows ? (100 * data.doneRows) / data.totalRows : 0}
              label={t('rosters.progressTitle')}
              text={t(`rosters.status.${data.status}`, { done: data.doneRows, total: data.totalRows })}
            />
            {data.status === 'DONE' && (
              <>
                <p role="status">
                  {t('rosters.doneSummary', {
                    created: data.created,
                    updated: data.updated,
                    unchanged: data.unchanged,
                    errors: data.errors,
                  })}
                </p>
                <p>{t('rosters.resultHint')}</p>
                <Button
                  variant="secondary"
                  loading={download.busy}
                  onClick={download.run(() => downloadRosterResult(id))}
                >
                  {t('rosters.downloadResult')}
                </Button>
                {download.error && <Alert variant="error">{download.error}</Alert>}
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

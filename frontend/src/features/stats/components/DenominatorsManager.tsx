import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { DataTable } from '@/components/ui/DataTable';
import { SaveResult } from '@/components/ui/FormMessages';
import { QueryState } from '@/components/ui/QueryState';
import { sizeError, type FieldErrors } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { numberFormat } from '@/lib/format';
import {
  COUNT_FIELDS,
  countFieldsOf,
  useDenominators,
  usePutDenominators,
  type CountField,
  type DenominatorBody,
  type DenominatorOwner,
  type DenominatorVersion,
} from '../api/denominators';

const FIELDS = ['validFrom', ...COUNT_FIELDS, 'estimated', 'source'] as const;
type Field = (typeof FIELDS)[number];

function toCount(text: string): number | null | 'invalid' {
  const clean = text.replace(/[\s.,]/g, '');
  if (!clean) return null;
  return /^\d+$/.test(clean) && Number(clean) <= 2_147_483_647 ? Number(clean) : 'invalid';
}

type DenominatorValues = Record<CountField, string> & {
  validFrom: string;
  estimated: boolean;
  source: string;
};

function validateDenominators(v: DenominatorValues): FieldErrors<Field> {
  const e: FieldErrors<Field> = sizeError('source', v.source, 1, 500);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.validFrom)) e.validFrom = { key: 'admin.validation.date' };
  for (const field of COUNT_FIELDS) {
    if (toCount(v[field]) === 'invalid') e[field] = { key: 'admin.validation.count' };
  }
  const p = toCount(v.population);
  const a = toCount(v.adultPopulation);
  if (typeof p === 'number' && typeof a === 'number' && a > p)
    e.adultPopulation = { key: 'admin.validation.adultsAtMostPopulation' };
  return e;
}

/** Each figure's hint, where it needs one. */
const HINTS: Partial<Record<CountField, string>> = { adultPopulation: 'admin.denominators.adultHint' };

/**
 * A new version of the denominators from a date, and the history beneath: the owner's figures only, the
 * same rules as the API (counts ≥ 0, adults ≤ population, a source of 1–500 characters), its own messages
 * for the rest; a date that already has a version is replaced only once the administrator confirms.
 */
function DenominatorForm({
  counts,
  history,
  saving,
  save,
}: {
  counts: readonly CountField[];
  history: DenominatorVersion[];
  saving: boolean;
  save: (body: DenominatorBody) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const latest = history[0];
  const form = useApiForm<DenominatorValues, Field>({
    initial: {
      validFrom: '',
      ...(Object.fromEntries(COUNT_FIELDS.map((f) => [f, latest?.[f]?.toString() ?? ''])) as Record<
        CountField,
        string
      >),
      estimated: false,
      source: '',
    },
    fields: FIELDS,
    validate: validateDenominators,
  });
  const [replacing, setReplacing] = useState<DenominatorVersion | null>(null);

  const send = async (v: DenominatorValues) => {
    const figures: Partial<Record<CountField, number | null>> = {};
    for (const field of counts) {
      const count = toCount(v[field]); // checked above: never 'invalid' here
      figures[field] = count === 'invalid' ? null : count;
    }
    await save({ ...figures, validFrom: v.validFrom, estimated: v.estimated, source: v.source.trim() });
    form.setNotice({ variant: 'success', text: t('admin.saved') });
  };
  const onSubmit = form.submit(async (v) => {
    const same = history.find((row) => row.validFrom === v.validFrom);
    if (same) setReplacing(same);
    else await send(v);
  });
  const onReplace = form.submit(async (v) => {
    try {
      await send(v);
    } finally {
      setReplacing(null);
    }
  });

  const number = (n: number | null | undefined) =>
    n === null || n === undefined ? '—' : numberFormat(i18n.language).format(n);
  return (
    <div className="stack">
      <form className="form stack card" onSubmit={onSubmit} noValidate aria-labelledby="denominator-form-title">
        <h2 id="denominator-form-title">{t('admin.denominators.newVersion')}</h2>
        <TextField
          {...form.field('validFrom')}
          type="date"
          label={t('admin.denominators.validFrom')}
          hint={t('admin.denominators.validFromHint')}
        />
        {counts.map((field) => (
          <TextField
            key={field}
            {...form.field(field)}
            label={t(`admin.denominators.${field}`)}
            hint={HINTS[field] && t(HINTS[field])}
            inputMode="numeric"
            optional
          />
        ))}
        <div className="checkbox">
          <input
            id="estimated"
            type="checkbox"
            checked={form.values.estimated}
            onChange={(event) => form.set('estimated', event.target.checked)}
          />
          <label htmlFor="estimated">{t('admin.denominators.estimated')}</label>
        </div>
        <TextField
          {...form.field('source')}
          label={t('admin.denominators.source')}
          hint={t('admin.denominators.sourceHint')}
          maxLength={500}
        />
        <SaveResult error={form.formError} notice={form.notice} />
        <div className="actions">
          <Button type="submit" loading={saving} loadingText={t('admin.saving')}>
            {t('admin.save')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={replacing !== null}
        busy={saving}
        title={t('admin.denominators.confirmReplace', { date: replacing?.validFrom })}
        confirmLabel={t('admin.denominators.replace')}
        onConfirm={() => void onReplace()}
        onCancel={() => setReplacing(null)}
      >
        <p>{t('admin.denominators.confirmReplaceBody', { source: replacing?.source })}</p>
      </ConfirmDialog>
      <section aria-labelledby="denominator-history" className="stack">
        <h2 id="denominator-history">{t('admin.denominators.history')}</h2>
        <DataTable
          label={t('admin.denominators.history')}
          rows={history}
          rowKey={(row) => row.validFrom}
          empty={t('admin.denominators.noHistory')}
          columns={[
            {
              label: t('admin.denominators.validFrom'),
              rowHeader: true,
              cell: (row) => (
                <>
                  {row.validFrom}
                  {row.estimated && <span className="badge badge--estimate">{t('stats.estimated')}</span>}
                </>
              ),
            },
            ...counts.map((field) => ({
              label: t(`admin.denominators.${field}`),
              numeric: true,
              cell: (row: DenominatorVersion) => number(row[field]),
            })),
            { label: t('admin.denominators.source'), cell: (row) => row.source },
          ]}
        />
      </section>
    </div>
  );
}

/** A unit's, an organisation's or a village's denominators: a new version from a date, and the versions so far. */
export function Denominators({ owner }: { owner: DenominatorOwner }) {
  const list = useDenominators(owner);
  const put = usePutDenominators(owner);
  return (
    <QueryState query={list}>
      {list.data && (
        <DenominatorForm
          counts={countFieldsOf(owner)}
          history={list.data.items}
          saving={put.isPending}
          save={(body) => put.mutateAsync(body)}
        />
      )}
    </QueryState>
  );
}

import { useTranslation } from 'react-i18next';
import { Button, TextField } from '@/components/ui';
import { DataTable } from '@/components/ui/DataTable';
import { SaveResult } from '@/components/ui/FormMessages';
import { QueryState } from '@/components/ui/QueryState';
import { sizeError, type FieldErrors } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { useDenominators, usePutDenominators, type DenominatorOwner } from '../api/denominators';

const FIELDS = ['validFrom', 'population', 'adultPopulation', 'publicServants', 'estimated', 'source'] as const;
type Field = (typeof FIELDS)[number];

interface Row {
  validFrom: string;
  population?: number | null;
  adultPopulation?: number | null;
  publicServants: number | null;
  estimated: boolean;
  source: string;
  recordedAt: string;
}

function toCount(text: string): number | null | 'invalid' {
  const clean = text.replace(/[\s.,]/g, '');
  if (!clean) return null;
  return /^\d+$/.test(clean) && Number(clean) <= 2_147_483_647 ? Number(clean) : 'invalid';
}

interface DenominatorValues {
  validFrom: string;
  population: string;
  adultPopulation: string;
  publicServants: string;
  estimated: boolean;
  source: string;
}

function validateDenominators(v: DenominatorValues): FieldErrors<Field> {
  const e: FieldErrors<Field> = sizeError('source', v.source, 1, 500);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.validFrom)) e.validFrom = { key: 'admin.validation.date' };
  for (const field of ['population', 'adultPopulation', 'publicServants'] as const) {
    if (toCount(v[field]) === 'invalid') e[field] = { key: 'admin.validation.count' };
  }
  const p = toCount(v.population);
  const a = toCount(v.adultPopulation);
  if (typeof p === 'number' && typeof a === 'number' && a > p)
    e.adultPopulation = { key: 'admin.validation.adultsAtMostPopulation' };
  return e;
}

/**
 * A new version of the denominators from a date, and the history beneath: the same rules as the API
 * (counts ≥ 0, adults ≤ population, a source of 1–500 characters), its own messages for the rest.
 */
function DenominatorForm({
  kind,
  history,
  saving,
  save,
}: {
  kind: 'unit' | 'agency';
  history: Row[];
  saving: boolean;
  save: (body: Record<string, unknown>) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const latest = history[0];
  const form = useApiForm<DenominatorValues, Field>({
    initial: {
      validFrom: '',
      population: latest?.population?.toString() ?? '',
      adultPopulation: latest?.adultPopulation?.toString() ?? '',
      publicServants: latest?.publicServants?.toString() ?? '',
      estimated: false,
      source: '',
    },
    fields: FIELDS,
    validate: validateDenominators,
  });

  const onSubmit = form.submit(async (v) => {
    const counts = {
      population: toCount(v.population),
      adultPopulation: toCount(v.adultPopulation),
      publicServants: toCount(v.publicServants),
    };
    const common = { validFrom: v.validFrom, estimated: v.estimated, source: v.source.trim() };
    await save(kind === 'unit' ? { ...common, ...counts } : { ...common, publicServants: counts.publicServants });
    form.setNotice({ variant: 'success', text: t('admin.saved') });
  });

  const number = (n: number | null | undefined) =>
    n === null || n === undefined ? '—' : new Intl.NumberFormat(i18n.language).format(n);
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
        {kind === 'unit' && (
          <>
            <TextField
              {...form.field('population')}
              label={t('admin.denominators.population')}
              inputMode="numeric"
              optional
            />
            <TextField
              {...form.field('adultPopulation')}
              label={t('admin.denominators.adultPopulation')}
              hint={t('admin.denominators.adultHint')}
              inputMode="numeric"
              optional
            />
          </>
        )}
        <TextField
          {...form.field('publicServants')}
          label={t('admin.denominators.publicServants')}
          inputMode="numeric"
          optional
        />
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
      <section aria-labelledby="denominator-history" className="stack">
        <h2 id="denominator-history">{t('admin.denominators.history')}</h2>
        {history.length === 0 ? (
          <p className="empty-state">{t('admin.denominators.noHistory')}</p>
        ) : (
          <DataTable
            label={t('admin.denominators.history')}
            columns={[
              t('admin.denominators.validFrom'),
              ...(kind === 'unit'
                ? [
                    { label: t('admin.denominators.population'), numeric: true },
                    { label: t('admin.denominators.adultPopulation'), numeric: true },
                  ]
                : []),
              { label: t('admin.denominators.publicServants'), numeric: true },
              t('admin.denominators.source'),
            ]}
          >
            {history.map((row) => (
              <tr key={row.validFrom}>
                <th scope="row">
                  {row.validFrom}
                  {row.estimated && <span className="badge badge--estimate">{t('stats.estimated')}</span>}
                </th>
                {kind === 'unit' && <td className="num">{number(row.population)}</td>}
                {kind === 'unit' && <td className="num">{number(row.adultPopulation)}</td>}
                <td className="num">{number(row.publicServants)}</td>
                <td>{row.source}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}

/** A unit's or an agency's denominators: a new version from a date, and the versions so far. */
export function Denominators({ owner }: { owner: DenominatorOwner }) {
  const list = useDenominators(owner);
  const put = usePutDenominators(owner);
  return (
    <QueryState query={list}>
      {list.data && (
        <DenominatorForm
          kind={owner.kind}
          history={list.data.items}
          saving={put.isPending}
          save={(body) => put.mutateAsync(body as never)}
        />
      )}
    </QueryState>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextField } from '@/components/ui';
import { TableScroll } from '@/components/ui/TableScroll';
import { QueryState } from '@/components/ui/QueryState';
import { useAgencyDenominators, usePutAgencyDenominators, usePutUnitDenominators, useUnitDenominators } from '../api/admin';
import { apiFormErrors, textLength } from '../form-errors';

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

/**
 * A new version of the denominators from a date, and the history beneath: the same rules as the API
 * (counts ≥ 0, adults ≤ population, a source of 1–500 characters), its own messages for the rest.
 */
function DenominatorForm({
  kind,
  history,
  saving,
  onSave,
}: {
  kind: 'unit' | 'agency';
  history: Row[];
  saving: boolean;
  onSave: (body: Record<string, unknown>, onError: (error: unknown) => void, onSuccess: () => void) => void;
}) {
  const { t, i18n } = useTranslation();
  const latest = history[0];
  const [validFrom, setValidFrom] = useState('');
  const [population, setPopulation] = useState(latest?.population?.toString() ?? '');
  const [adults, setAdults] = useState(latest?.adultPopulation?.toString() ?? '');
  const [servants, setServants] = useState(latest?.publicServants?.toString() ?? '');
  const [estimated, setEstimated] = useState(false);
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [other, setOther] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setOther(null);
    const e: Partial<Record<Field, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validFrom)) e.validFrom = t('admin.validation.date');
    const p = toCount(population);
    const a = toCount(adults);
    const s = toCount(servants);
    if (p === 'invalid') e.population = t('admin.validation.count');
    if (a === 'invalid') e.adultPopulation = t('admin.validation.count');
    if (s === 'invalid') e.publicServants = t('admin.validation.count');
    if (typeof p === 'number' && typeof a === 'number' && a > p) e.adultPopulation = t('admin.validation.adultsAtMostPopulation');
    const sourceLength = textLength(source.trim());
    if (sourceLength < 1 || sourceLength > 500) e.source = t('admin.validation.size', { min: 1, max: 500 });
    setErrors(e);
    if (Object.keys(e).length) return;
    const body: Record<string, unknown> =
      kind === 'unit'
        ? { validFrom, population: p, adultPopulation: a, publicServants: s, estimated, source: source.trim() }
        : { validFrom, publicServants: s, estimated, source: source.trim() };
    onSave(
      body,
      (error) => {
        const mapped = apiFormErrors(error, FIELDS, t);
        setErrors(mapped.fields);
        setOther(mapped.other);
      },
      () => setSaved(true),
    );
  }

  const number = (n: number | null | undefined) => (n === null || n === undefined ? '—' : new Intl.NumberFormat(i18n.language).format(n));
  return (
    <div className="stack">
      <form className="form stack card" onSubmit={onSubmit} noValidate aria-labelledby="denominator-form-title">
        <h2 id="denominator-form-title">{t('admin.denominators.newVersion')}</h2>
        <TextField id="validFrom" type="date" label={t('admin.denominators.validFrom')} hint={t('admin.denominators.validFromHint')} value={validFrom} onChange={setValidFrom} error={errors.validFrom} />
        {kind === 'unit' && (
          <>
            <TextField id="population" label={t('admin.denominators.population')} inputMode="numeric" optional value={population} onChange={setPopulation} error={errors.population} />
            <TextField
              id="adultPopulation"
              label={t('admin.denominators.adultPopulation')}
              hint={t('admin.denominators.adultHint')}
              inputMode="numeric"
              optional
              value={adults}
              onChange={setAdults}
              error={errors.adultPopulation}
            />
          </>
        )}
        <TextField id="publicServants" label={t('admin.denominators.publicServants')} inputMode="numeric" optional value={servants} onChange={setServants} error={errors.publicServants} />
        <div className="checkbox">
          <input id="estimated" type="checkbox" checked={estimated} onChange={(event) => setEstimated(event.target.checked)} />
          <label htmlFor="estimated">{t('admin.denominators.estimated')}</label>
        </div>
        <TextField id="source" label={t('admin.denominators.source')} hint={t('admin.denominators.sourceHint')} value={source} onChange={setSource} error={errors.source} maxLength={500} />
        {other && (
          <Alert variant="error" title={t('admin.saveFailed')}>
            <p>{other}</p>
          </Alert>
        )}
        {saved && <Alert variant="success" title={t('admin.saved')} />}
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
          <TableScroll label={t('admin.denominators.history')}>
            <table className="table">
              <caption className="visually-hidden">{t('admin.denominators.history')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.denominators.validFrom')}</th>
                  {kind === 'unit' && <th scope="col" className="num">{t('admin.denominators.population')}</th>}
                  {kind === 'unit' && <th scope="col" className="num">{t('admin.denominators.adultPopulation')}</th>}
                  <th scope="col" className="num">{t('admin.denominators.publicServants')}</th>
                  <th scope="col">{t('admin.denominators.source')}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}

export function UnitDenominators({ code }: { code: string }) {
  const list = useUnitDenominators(code);
  const put = usePutUnitDenominators(code);
  return (
    <QueryState query={list}>
      {list.data && (
        <DenominatorForm
          key={code}
          kind="unit"
          history={list.data.items}
          saving={put.isPending}
          onSave={(body, onError, onSuccess) => put.mutate(body as never, { onError, onSuccess })}
        />
      )}
    </QueryState>
  );
}

export function AgencyDenominators({ id }: { id: number }) {
  const list = useAgencyDenominators(id);
  const put = usePutAgencyDenominators(id);
  return (
    <QueryState query={list}>
      {list.data && (
        <DenominatorForm
          key={id}
          kind="agency"
          history={list.data.items}
          saving={put.isPending}
          onSave={(body, onError, onSuccess) => put.mutate(body as never, { onError, onSuccess })}
        />
      )}
    </QueryState>
  );
}

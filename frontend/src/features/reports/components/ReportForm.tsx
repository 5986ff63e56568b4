import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormMessages, RadioGroup, TextField } from '@/components/ui';
import type { FieldErrors } from '@/lib/forms';
import { todayInVietnam } from '@/lib/format';
import { useApiForm, type FieldSlotProps } from '@/lib/use-api-form';
import { useCreateReport, type Report, type ReportRequest } from '../api/reports';
import { FIRST_REPORT_DAY, needsUnit, REPORT_FORMATS, type ReportFormat, type ReportKind } from '../kinds';

type Field = 'kind' | 'format' | 'asOf' | 'compareTo' | 'unit' | 'province';

interface Values {
  kind: ReportKind;
  format: ReportFormat;
  asOf: string;
  compareTo: string;
  /** The commune of an appendix ('' = none chosen yet). */
  unitCode: string;
  /** The province whose report it is ('' = not named: the API's default, the home province or the commune's). */
  province: string;
}

/**
 * The commune field of an appendix: the unit picker (an administrator), or the manager's own unit; `province`
 * is the province chosen in the form, whose communes the picker offers (none chosen: the deployment's).
 */
export type ReportUnitSlotProps = FieldSlotProps<string> & { province?: string };

interface Props {
  /** The kinds this person may ask for (a unit manager: their commune's appendix only). */
  kinds: readonly ReportKind[];
  /** The commune already chosen (a unit manager's own unit). */
  initialUnitCode?: string;
  renderUnitField: (props: ReportUnitSlotProps) => ReactNode;
  /**
   * The province the report is of (an administrator, where the portal serves several provinces): the choice
   * starts at `initialProvince` (the home province) and is sent as `province`; without it none is named.
   */
  renderProvinceField?: (props: FieldSlotProps<string>) => ReactNode;
  initialProvince?: string;
  onQueued: (report: Report) => void;
}

function check(values: Values, today: string): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (!values.asOf) errors.asOf = { key: 'reports.asOfRequired' };
  else if (values.asOf > today) errors.asOf = { key: 'reports.asOfFuture' };
  else if (values.asOf < FIRST_REPORT_DAY) errors.asOf = { key: 'reports.beforeCampaign' };
  if (values.compareTo && values.compareTo < FIRST_REPORT_DAY) errors.compareTo = { key: 'reports.beforeCampaign' };
  else if (values.compareTo && values.asOf && values.compareTo >= values.asOf) {
    errors.compareTo = { key: 'reports.compareBefore' };
  }
  if (needsUnit(values.kind) && !values.unitCode) errors.unit = { key: 'reports.unitRequired' };
  return errors;
}

/**
 * What to make: the kind (only those this person may ask for), its file format (only those the kind is made
 * as), the day the figures are for (the end of that day in Vietnam, today at most), a day to compare with,
 * and a commune for an appendix. What was typed stays after a refusal; the server's words go on the fields.
 */
export function ReportForm({
  kinds,
  initialUnitCode = '',
  renderUnitField,
  renderProvinceField,
  initialProvince = '',
  onQueued,
}: Props) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  const create = useCreateReport();
  const first = kinds[0] ?? 'NOTICE';
  const form = useApiForm<Values, Field>({
    initial: () => ({
      kind: first,
      format: REPORT_FORMATS[first][0] as ReportFormat,
      asOf: todayInVietnam(),
      compareTo: '',
      unitCode: initialUnitCode,
      province: renderProvinceField ? initialProvince : '',
    }),
    fields: ['kind', 'format', 'asOf', 'compareTo', 'unit', 'province'],
    fieldId: (name) => `report-${name}`,
    fieldOf: { unitCode: 'unit' },
    validate: (values) => check(values, todayInVietnam()),
    clearOnEdit: true,
  });
  const { kind, format } = form.values;
  const formats = REPORT_FORMATS[kind];

  function chooseKind(next: ReportKind) {
    form.set('kind', next);
    // a format the new kind is not made as gives way to its first
    if (!REPORT_FORMATS[next].includes(format)) form.set('format', REPORT_FORMATS[next][0] as ReportFormat);
  }

  function chooseProvince(next: string) {
    form.set('province', next);
    // a commune is of one province: another province's report asks for one of its own
    if (next !== form.values.province) form.set('unitCode', '');
  }

  const onSubmit = form.submit(async (values) => {
    const body: ReportRequest = { kind: values.kind, format: values.format, asOf: values.asOf };
    if (values.compareTo) body.compareTo = values.compareTo;
    if (needsUnit(values.kind)) body.unitCode = values.unitCode;
    if (values.province) body.province = values.province;
    const report = await create.mutateAsync(body);
    form.setNotice({ variant: 'success', text: t('reports.queued', { kind: t(`reports.kinds.${report.kind}`) }) });
    onQueued(report);
  });

  return (
    <form className="form card stack" noValidate onSubmit={onSubmit} aria-labelledby="report-form-title">
      <h2 id="report-form-title">{t('reports.formTitle')}</h2>
      <FormMessages form={form} summary />
      {renderProvinceField?.({
        id: 'report-province',
        label: t('reports.province'),
        hint: t('reports.provinceHint'),
        value: form.values.province,
        onChange: chooseProvince,
        error: form.errors.province,
      })}
      {kinds.length > 1 ? (
        <RadioGroup
          id="report-kind"
          name="report-kind"
          legend={t('reports.kind')}
          error={form.errors.kind}
          value={kind}
          onChange={(value) => chooseKind(value as ReportKind)}
          options={kinds.map((value) => ({ value, label: t(`reports.kindOptions.${value}`) }))}
        />
      ) : (
        <p>
          <strong>{t('reports.kind')}:</strong> {t(`reports.kindOptions.${kind}`)}
        </p>
      )}
      <RadioGroup
        id="report-format"
        name="report-format"
        legend={t('reports.format')}
        hint={formats.length > 1 ? undefined : t('reports.formatOnly')}
        error={form.errors.format}
        value={format}
        onChange={(value) => form.set('format', value as ReportFormat)}
        options={formats.map((value) => ({ value, label: t(`reports.formats.${value}`) }))}
      />
      <div className="filters filters--two">
        <TextField
          {...form.field('asOf')}
          type="date"
          label={t('reports.asOf')}
          hint={t('reports.asOfHint')}
          min={FIRST_REPORT_DAY}
          max={today}
          required
        />
        <TextField
          {...form.field('compareTo')}
          type="date"
          label={t('reports.compareTo')}
          hint={t('reports.compareToHint')}
          min={FIRST_REPORT_DAY}
          max={form.values.asOf || today}
          optional
        />
      </div>
      {needsUnit(kind) &&
        renderUnitField({
          id: 'report-unit',
          label: t('reports.unit'),
          hint: t('reports.unitHint'),
          value: form.values.unitCode,
          onChange: (code) => form.set('unitCode', code),
          error: form.errors.unit,
          province: form.values.province || undefined,
        })}
      <div>
        <Button type="submit" loading={create.isPending} loadingText={t('reports.creating')}>
          {t('reports.create')}
        </Button>
      </div>
    </form>
  );
}

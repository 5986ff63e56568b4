import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, PageTitle, RadioGroup } from '@/components/ui';
import { DetailRow } from '@/components/ui/DetailRow';
import { ProvinceField, useProvinces, useProvinceWords } from '@/features/provinces';
import { ReportForm, ReportList, REPORT_KINDS, type ReportUnitSlotProps } from '@/features/reports';
import { UnitCombobox, useUnit } from '@/features/units';
import type { UnitRef } from '@/lib/api/types';
import { can, rolesFor } from '@/lib/auth/capabilities';
import { useClaims } from '@/lib/auth/claims';
import { config } from '@/lib/config';
import type { FieldSlotProps } from '@/lib/use-api-form';
import { forRoles } from '../../RequireRole';

/** An administrator's commune: any of the chosen province's (the home province's by default), searched as one types; the form keeps its code. */
function AnyUnitField({ value, onChange, province, ...props }: ReportUnitSlotProps) {
  const [unit, setUnit] = useState<UnitRef | null>(null);
  return (
    <UnitCombobox
      {...props}
      province={province}
      value={unit?.code === value ? unit : null}
      onChange={(next) => {
        setUnit(next);
        onChange(next?.code ?? '');
      }}
    />
  );
}

function UnitName({ code }: { code: string }) {
  const unit = useUnit(code);
  return <>{unit.data?.name ?? code}</>;
}

/** A field whose value is chosen for the person: shown, not asked. */
function FixedField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <dl className="details" id={id}>
      <DetailRow label={label}>{children}</DetailRow>
    </dl>
  );
}

/** A province administrator's province where it has one: its reports are of it, named in each. */
function OwnProvinceField({ id, label, value }: FieldSlotProps<string>) {
  const { t } = useTranslation();
  return (
    <FixedField id={id} label={label}>
      {t('common.province', useProvinceWords(value))}
    </FixedField>
  );
}

/**
 * A unit manager's commune: their own, chosen for them (the token's `units`); one of them where they manage
 * several. Never another (the API refuses it too).
 */
function OwnUnitField({ codes, id, label, hint, error, value, onChange }: ReportUnitSlotProps & { codes: string[] }) {
  if (codes.length === 1) {
    return (
      <FixedField id={id} label={label}>
        <UnitName code={codes[0] as string} />
      </FixedField>
    );
  }
  return (
    <RadioGroup
      id={id}
      name="report-unit"
      legend={label}
      hint={hint}
      error={error}
      value={value}
      onChange={onChange}
      options={codes.map((code) => ({ value: code, label: <UnitName code={code} /> }))}
    />
  );
}

const APPENDIX_ONLY = ['COMMUNE_APPENDIX'] as const;

/**
 * Reports to send as they are: an administrator makes any of the four (the province's notice, the results
 * files, a commune's appendix of any commune), of any province for the national one, of its own for a
 * province administrator; a unit manager their commune's appendix. Then each one's progress, its file, or
 * why it failed.
 */
function Reports() {
  const { t } = useTranslation();
  const claims = useClaims();
  const [page, setPage] = useState(1);
  const isAdmin = can(claims, 'provinceReports');
  const national = can(claims, 'anyProvince');
  const ownUnits = claims.roles.includes('UNIT_MANAGER') ? claims.units : [];
  // the national administrator chooses the province where the portal serves several (the home province
  // first); a province administrator among its own, or its one is named for it
  const provinces = (useProvinces().data ?? []).filter((p) => national || claims.provinces.includes(p.code));
  const several = isAdmin && provinces.length > 1;
  const provinceField = several
    ? (props: FieldSlotProps<string>) => <ProvinceField {...props} provinces={provinces} />
    : isAdmin && !national
      ? (props: FieldSlotProps<string>) => <OwnProvinceField {...props} />
      : undefined;
  return (
    <div className="stack stack--wide">
      <PageTitle title={t('reports.title')}>{t('reports.title')}</PageTitle>
      <p>
        <Link to="/quan-ly">{t('unitDetail.back')}</Link>
        {can(claims, 'reportTemplates') && (
          <>
            {' · '}
            <Link to="/quan-tri/mau-bao-cao">{t('reports.templatesLink')}</Link>
          </>
        )}
      </p>
      <p>{isAdmin ? t('reports.introAdmin') : t('reports.introUnit')}</p>
      {isAdmin ? (
        <ReportForm
          // the list of provinces may arrive after the form: it then starts again with the province's field
          key={several ? 'provinces' : 'home'}
          kinds={REPORT_KINDS}
          renderUnitField={(props) => <AnyUnitField {...props} />}
          renderProvinceField={provinceField}
          initialProvince={national ? config.province : (claims.provinces[0] ?? '')}
          onQueued={() => setPage(1)}
        />
      ) : ownUnits.length > 0 ? (
        <ReportForm
          kinds={APPENDIX_ONLY}
          initialUnitCode={ownUnits[0]}
          renderUnitField={(props) => <OwnUnitField {...props} codes={ownUnits} />}
          onQueued={() => setPage(1)}
        />
      ) : (
        <Alert variant="info">{t('reports.noUnit')}</Alert>
      )}
      <ReportList page={page} onPage={setPage} />
    </div>
  );
}

export default forRoles(rolesFor('reports'), Reports);

import { useTranslation } from 'react-i18next';
import { LoadError, Spinner } from '@/components/ui';
import { DataTable } from '@/components/ui/DataTable';
import { formatInVietnam, formatNumber } from '@/lib/format';
import { useVillageFigures } from '../api/villages';

/** A village's counts, each a column, with the key of its heading. */
const VILLAGE_FIGURES = [
  ['learners', 'learners'],
  ['enrolled', 'enrolled'],
  ['completedLessons', 'completed'],
  ['passed', 'passed'],
  ['certified', 'certified'],
] as const;

/**
 * A unit's figures by village (counts only), with the learners who named no village last: now, or at the end of
 * the past day `asOf` names (YYYY-MM-DD; '' = now).
 */
export function VillageFiguresTable({ code, asOf = '' }: { code: string; asOf?: string }) {
  const { t } = useTranslation();
  const figures = useVillageFigures(code, asOf);
  if (figures.isPending) return <Spinner label={t('villages.figuresLoading')} />;
  if (figures.isError)
    return (
      <LoadError title={t('villages.figuresError')} error={figures.error} onRetry={() => void figures.refetch()} />
    );
  const rows = [
    ...figures.data.villages.map((v) => ({ key: String(v.villageId), name: v.name ?? '', closed: v.closedOn, v })),
    { key: 'none', name: t('villages.withoutVillage'), closed: null, v: figures.data.withoutVillage },
  ];
  return (
    <section className="card stack" aria-labelledby="village-figures-title">
      <h2 id="village-figures-title">{t('villages.figuresTitle')}</h2>
      <p>
        {t('villages.asOf', { time: formatInVietnam(figures.data.asOf, { dateStyle: 'short', timeStyle: 'short' }) })}
      </p>
      <DataTable
        label={t('villages.figuresTitle')}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          {
            label: t('villages.name'),
            cell: ({ name, closed }) => (closed ? t('villages.closedName', { name }) : name),
          },
          ...VILLAGE_FIGURES.map(([figure, label]) => ({
            label: t(`villages.${label}`),
            cell: ({ v }: (typeof rows)[number]) => formatNumber(v[figure]),
          })),
        ]}
      />
    </section>
  );
}

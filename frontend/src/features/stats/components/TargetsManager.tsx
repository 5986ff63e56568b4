import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextField } from '@/components/ui';
import { AddOrEdit, RowActions, type Editing } from '@/components/ui/ItemEditor';
import { DataTable } from '@/components/ui/DataTable';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { FormFooter } from '@/components/ui/FormFooter';
import { QueryState } from '@/components/ui/QueryState';
import { SaveResult } from '@/components/ui/FormMessages';
import { sizeError, type FieldErrors } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { useConfirmedMutation } from '@/lib/use-confirmed-mutation';
import { useTargetsOverview } from '../api/stats';
import { useDeleteTarget, useSaveTarget } from '../api/targets';
import type { SchoolLevel, Target, TargetRequest } from '@/lib/api/types';
import { SCHOOL_LEVELS, TARGET_GROUPS, TARGET_METRICS, TARGET_SCOPES } from '../api/types';

const FIELDS = ['name', 'learnerGroup', 'metric', 'value', 'startsOn', 'deadline', 'scope', 'schoolLevels'] as const;
type Field = (typeof FIELDS)[number];
type TargetValues = Record<Field, string>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRate(metric: string) {
  return metric === 'PARTICIPATION_RATE' || metric === 'CERTIFIED_RATE';
}

const toNumber = (text: string) => Number(text.replace(',', '.'));

/**
 * The plan restricts student targets "from a level up" (secondary and up in 2025, from primary school in
 * 2026): the form offers the lowest level, '' for every level, and sends that level and all above it.
 */
function levelsFrom(lowest: string): SchoolLevel[] | null {
  const i = SCHOOL_LEVELS.indexOf(lowest as SchoolLevel);
  return i <= 0 ? null : SCHOOL_LEVELS.slice(i);
}

/** The lowest level of stored levels, or '' for every level. */
function lowestOf(levels: readonly SchoolLevel[] | null | undefined): string {
  const lowest = levels && levels.length > 0 ? SCHOOL_LEVELS.find((l) => levels.includes(l)) : undefined;
  return lowest === undefined || lowest === 'PRIMARY' ? '' : lowest;
}

function validateTarget(v: TargetValues): FieldErrors<Field> {
  const e: FieldErrors<Field> = sizeError('name', v.name, 1, 200);
  const value = toNumber(v.value);
  if (!v.value.trim() || !Number.isFinite(value) || value <= 0) e.value = { key: 'admin.validation.positive' };
  else if (isRate(v.metric) && value > 100) e.value = { key: 'admin.validation.percentMax' };
  if (!DATE.test(v.startsOn)) e.startsOn = { key: 'admin.validation.date' };
  if (!DATE.test(v.deadline)) e.deadline = { key: 'admin.validation.date' };
  else if (DATE.test(v.startsOn) && v.deadline <= v.startsOn)
    e.deadline = { key: 'admin.validation.deadlineAfterStart' };
  return e;
}

function TargetForm({ target, province, onDone }: { target: Target | null; province: string; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTarget(province);
  const form = useApiForm<TargetValues, Field>({
    initial: {
      name: target?.name ?? '',
      learnerGroup: target?.learnerGroup ?? 'ADULTS',
      metric: target?.metric ?? 'PARTICIPATION_RATE',
      value: target?.value.toString() ?? '',
      startsOn: target?.startsOn ?? '',
      deadline: target?.deadline ?? '',
      scope: target?.scope ?? 'PROVINCE',
      schoolLevels: lowestOf(target?.schoolLevels),
    },
    fields: FIELDS,
    validate: validateTarget,
  });
  const options = (values: readonly string[], kind: string) =>
    values.map((v) => ({ value: v, label: t(`admin.targets.${kind}.${v}`) }));

  const onSubmit = form.submit(async (v) => {
    const body: TargetRequest = {
      name: v.name.trim(),
      learnerGroup: v.learnerGroup as TargetRequest['learnerGroup'],
      metric: v.metric as TargetRequest['metric'],
      value: toNumber(v.value),
      startsOn: v.startsOn,
      deadline: v.deadline,
      scope: v.scope as TargetRequest['scope'],
      schoolLevels: v.learnerGroup === 'STUDENT' ? levelsFrom(v.schoolLevels) : null,
    };
    await save.mutateAsync({ id: target?.id ?? null, body });
    onDone();
  });

  return (
    <form className="form stack card" onSubmit={onSubmit} noValidate aria-labelledby="target-form-title">
      <h2 id="target-form-title">{target ? t('admin.targets.editTitle') : t('admin.targets.createTitle')}</h2>
      <TextField {...form.field('name')} label={t('admin.targets.name')} maxLength={200} />
      <Select
        {...form.field('learnerGroup')}
        label={t('admin.targets.group')}
        options={options(TARGET_GROUPS, 'groups')}
      />
      <Select
        {...form.field('metric')}
        label={t('admin.targets.metric')}
        options={options(TARGET_METRICS, 'metrics')}
      />
      <TextField
        {...form.field('value')}
        label={isRate(form.values.metric) ? t('admin.targets.valuePercent') : t('admin.targets.valuePeople')}
        inputMode="decimal"
      />
      <TextField {...form.field('startsOn')} type="date" label={t('admin.targets.startsOn')} />
      <TextField {...form.field('deadline')} type="date" label={t('admin.targets.deadline')} />
      <Select {...form.field('scope')} label={t('admin.targets.scope')} options={options(TARGET_SCOPES, 'scopes')} />
      {form.values.learnerGroup === 'STUDENT' && (
        <Select
          {...form.field('schoolLevels')}
          label={t('admin.targets.schoolLevelsFrom')}
          hint={t('admin.targets.schoolLevelsHint')}
          options={[
            { value: '', label: t('admin.targets.everyLevel') },
            ...SCHOOL_LEVELS.slice(1).map((l) => ({ value: l, label: t(`admin.targets.levelsFrom.${l}`) })),
          ]}
        />
      )}
      <FormFooter error={form.formError} saving={save.isPending} onCancel={onDone} />
    </form>
  );
}

/**
 * A province's targets (`province`; '' the caller's own provinces): list, create, edit, and delete after a
 * confirmation.
 */
export function TargetsManager({ province = '' }: { province?: string }) {
  const { t } = useTranslation();
  // an editor starts from what is stored now, not a minute-old copy
  const list = useTargetsOverview(0, province);
  const remove = useDeleteTarget();
  const [editing, setEditing] = useState<Editing<Target>>(null);
  const deletion = useConfirmedMutation(remove, (target: Target) => target.id);
  const items = list.data?.items ?? [];

  return (
    <div className="stack">
      <AddOrEdit editing={editing} onEdit={setEditing} addLabel={t('admin.targets.add')}>
        {(target, done) => <TargetForm target={target} province={province} onDone={done} />}
      </AddOrEdit>
      <SaveResult error={deletion.error} title={t('admin.targets.deleteFailed')} />
      <QueryState query={list} isEmpty={items.length === 0} empty={t('stats.noTargets')}>
        <DataTable
          label={t('admin.targets.title')}
          rows={items.map(({ target }) => target)}
          rowKey={(target) => target.id}
          columns={[
            { label: t('admin.targets.name'), rowHeader: true, cell: (target) => target.name },
            {
              label: t('admin.targets.metric'),
              cell: (target) => (
                <>
                  {t(`admin.targets.metrics.${target.metric}`)}: {target.value}
                  {isRate(target.metric) ? '%' : ''} ({t(`admin.targets.groups.${target.learnerGroup}`)})
                </>
              ),
            },
            {
              label: t('admin.targets.scope'),
              cell: (target) => (
                <>
                  {t(`admin.targets.scopes.${target.scope}`)}
                  {lowestOf(target.schoolLevels) !== '' && (
                    <> ({t(`admin.targets.levelsFrom.${lowestOf(target.schoolLevels)}`)})</>
                  )}
                </>
              ),
            },
            { label: t('admin.targets.deadline'), cell: (target) => `${target.startsOn} → ${target.deadline}` },
            {
              label: t('admin.actions'),
              cell: (target) => (
                <div className="actions actions--tight">
                  <RowActions
                    onEdit={() => setEditing(target)}
                    editLabel={t('admin.targets.editNamed', { name: target.name })}
                    danger={t('admin.delete')}
                    onDanger={() => deletion.ask(target)}
                    dangerLabel={t('admin.targets.deleteNamed', { name: target.name })}
                  />
                </div>
              ),
            },
          ]}
        />
      </QueryState>
      <ConfirmDialog
        {...deletion.dialog}
        title={t('admin.targets.confirmDelete', { name: deletion.item?.name ?? '' })}
        confirmLabel={t('admin.delete')}
        danger
      >
        <p>{t('admin.targets.confirmDeleteBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

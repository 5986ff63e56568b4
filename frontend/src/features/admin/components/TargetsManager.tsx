import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Select, TextField } from '@/components/ui';
import { TableScroll } from '@/components/ui/TableScroll';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { QueryState } from '@/components/ui/QueryState';
import { errorMessage } from '@/lib/api/problem';
import { useDeleteTarget, useSaveTarget, useTargetDefinitions } from '../api/admin';
import { TARGET_GROUPS, TARGET_METRICS, TARGET_SCOPES, type Target, type TargetRequest } from '../api/types';
import { apiFormErrors, textLength } from '../form-errors';
import { FormFooter } from './FormFooter';

const FIELDS = ['name', 'learnerGroup', 'metric', 'value', 'startsOn', 'deadline', 'scope'] as const;
type Field = (typeof FIELDS)[number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRate(metric: string) {
  return metric === 'PARTICIPATION_RATE' || metric === 'CERTIFIED_RATE';
}

function TargetForm({ target, onDone }: { target: Target | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTarget();
  const [form, setForm] = useState({
    name: target?.name ?? '',
    learnerGroup: target?.learnerGroup ?? 'ADULTS',
    metric: target?.metric ?? 'PARTICIPATION_RATE',
    value: target?.value.toString() ?? '',
    startsOn: target?.startsOn ?? '',
    deadline: target?.deadline ?? '',
    scope: target?.scope ?? 'PROVINCE',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [other, setOther] = useState<string | null>(null);
  const set = (field: Field) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  function validate() {
    const e: Partial<Record<Field, string>> = {};
    const nameLength = textLength(form.name.trim());
    if (nameLength < 1 || nameLength > 200) e.name = t('admin.validation.size', { min: 1, max: 200 });
    const value = Number(form.value.replace(',', '.'));
    if (!form.value.trim() || !Number.isFinite(value) || value <= 0) e.value = t('admin.validation.positive');
    else if (isRate(form.metric) && value > 100) e.value = t('admin.validation.percentMax');
    if (!DATE.test(form.startsOn)) e.startsOn = t('admin.validation.date');
    if (!DATE.test(form.deadline)) e.deadline = t('admin.validation.date');
    else if (DATE.test(form.startsOn) && form.deadline <= form.startsOn) e.deadline = t('admin.validation.deadlineAfterStart');
    return e;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setOther(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length) return;
    const body: TargetRequest = {
      name: form.name.trim(),
      learnerGroup: form.learnerGroup as TargetRequest['learnerGroup'],
      metric: form.metric as TargetRequest['metric'],
      value: Number(form.value.replace(',', '.')),
      startsOn: form.startsOn,
      deadline: form.deadline,
      scope: form.scope as TargetRequest['scope'],
    };
    save.mutate(
      { id: target?.id ?? null, body },
      {
        onSuccess: onDone,
        onError: (error) => {
          const mapped = apiFormErrors(error, FIELDS, t);
          setErrors(mapped.fields);
          setOther(mapped.other);
        },
      },
    );
  }

  return (
    <form className="form stack card" onSubmit={onSubmit} noValidate aria-labelledby="target-form-title">
      <h2 id="target-form-title">{target ? t('admin.targets.editTitle') : t('admin.targets.createTitle')}</h2>
      <TextField id="name" label={t('admin.targets.name')} value={form.name} onChange={set('name')} error={errors.name} maxLength={200} />
      <Select
        id="learnerGroup"
        label={t('admin.targets.group')}
        value={form.learnerGroup}
        onChange={set('learnerGroup')}
        error={errors.learnerGroup}
        options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`admin.targets.groups.${g}`) }))}
      />
      <Select
        id="metric"
        label={t('admin.targets.metric')}
        value={form.metric}
        onChange={set('metric')}
        error={errors.metric}
        options={TARGET_METRICS.map((m) => ({ value: m, label: t(`admin.targets.metrics.${m}`) }))}
      />
      <TextField
        id="value"
        label={isRate(form.metric) ? t('admin.targets.valuePercent') : t('admin.targets.valuePeople')}
        inputMode="decimal"
        value={form.value}
        onChange={set('value')}
        error={errors.value}
      />
      <TextField id="startsOn" type="date" label={t('admin.targets.startsOn')} value={form.startsOn} onChange={set('startsOn')} error={errors.startsOn} />
      <TextField id="deadline" type="date" label={t('admin.targets.deadline')} value={form.deadline} onChange={set('deadline')} error={errors.deadline} />
      <Select
        id="scope"
        label={t('admin.targets.scope')}
        value={form.scope}
        onChange={set('scope')}
        error={errors.scope}
        options={TARGET_SCOPES.map((s) => ({ value: s, label: t(`admin.targets.scopes.${s}`) }))}
      />
      <FormFooter error={other} saving={save.isPending} onCancel={onDone} />
    </form>
  );
}

/** The province's targets: list, create, edit, and delete after a confirmation. */
export function TargetsManager() {
  const { t } = useTranslation();
  const list = useTargetDefinitions();
  const remove = useDeleteTarget();
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Target | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const items = list.data?.items ?? [];

  return (
    <div className="stack">
      {editing === null ? (
        <div className="actions">
          <Button onClick={() => setEditing('new')}>{t('admin.targets.add')}</Button>
        </div>
      ) : (
        <TargetForm key={editing === 'new' ? 'new' : editing.id} target={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      )}
      {deleteError && (
        <Alert variant="error" title={t('admin.targets.deleteFailed')}>
          <p>{deleteError}</p>
        </Alert>
      )}
      <QueryState query={list} isEmpty={items.length === 0} empty={t('stats.noTargets')}>
        <TableScroll label={t('admin.targets.title')}>
          <table className="table">
            <caption className="visually-hidden">{t('admin.targets.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.targets.name')}</th>
                <th scope="col">{t('admin.targets.metric')}</th>
                <th scope="col">{t('admin.targets.scope')}</th>
                <th scope="col">{t('admin.targets.deadline')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ target }) => (
                <tr key={target.id}>
                  <th scope="row">{target.name}</th>
                  <td>
                    {t(`admin.targets.metrics.${target.metric}`)}: {target.value}
                    {isRate(target.metric) ? '%' : ''} ({t(`admin.targets.groups.${target.learnerGroup}`)})
                  </td>
                  <td>{t(`admin.targets.scopes.${target.scope}`)}</td>
                  <td>
                    {target.startsOn} → {target.deadline}
                  </td>
                  <td>
                    <div className="actions actions--tight">
                      <Button variant="secondary" onClick={() => setEditing(target)} aria-label={t('admin.targets.editNamed', { name: target.name })}>
                        {t('admin.edit')}
                      </Button>
                      <Button
                        variant="danger"
                        onClick={() => {
                          setDeleteError(null);
                          setDeleting(target);
                        }}
                        aria-label={t('admin.targets.deleteNamed', { name: target.name })}
                      >
                        {t('admin.delete')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </QueryState>
      <ConfirmDialog
        open={deleting !== null}
        title={t('admin.targets.confirmDelete', { name: deleting?.name ?? '' })}
        confirmLabel={t('admin.delete')}
        danger
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => setDeleting(null),
            onError: (error) => {
              setDeleting(null);
              setDeleteError(errorMessage(error, t));
            },
          });
        }}
      >
        <p>{t('admin.targets.confirmDeleteBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

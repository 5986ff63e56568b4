import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormMessages, Select, TextField } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { PagedTable } from '@/components/ui/PagedList';
import { cleanText } from '@/lib/forms';
import { formatDate, formatNumber } from '@/lib/format';
import { useApiForm } from '@/lib/use-api-form';
import {
  useCloseVillage,
  useCreateVillage,
  useManagedVillages,
  useRenameVillage,
  useReopenVillage,
  type Village,
  type VillageKind,
} from '../api/villages';

const KINDS: VillageKind[] = ['THON', 'TO_DAN_PHO'];

/** A unit's villages for its managers: the list (open, then closed), adding, renaming, closing with confirmation, reopening. */
export function UnitVillages({ code }: { code: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [renaming, setRenaming] = useState<Village | null>(null);
  const [closing, setClosing] = useState<Village | null>(null);
  const villages = useManagedVillages(code, page);
  const create = useCreateVillage(code);
  const rename = useRenameVillage(code);
  const close = useCloseVillage(code);
  const reopen = useReopenVillage(code);

  const form = useApiForm({
    initial: { name: '', kind: 'THON' as string },
    fields: ['name', 'kind'],
    fieldId: (field) => `village-${field}`,
    validate: ({ name }) => (cleanText(name) ? {} : { name: { key: 'villages.nameRequired' } }),
  });
  const renameForm = useApiForm({
    initial: { name: '' },
    fields: ['name'],
    fieldId: () => 'village-rename',
    validate: ({ name }) => (cleanText(name) ? {} : { name: { key: 'villages.nameRequired' } }),
  });

  const onCreate = form.submit(async ({ name, kind }) => {
    const village = await create.mutateAsync({ name: cleanText(name), kind: kind as VillageKind });
    form.setNotice({ variant: 'success', text: t('villages.created', { name: village.name }) });
    form.set('name', '');
  });

  const onRename = renameForm.submit(async ({ name }) => {
    if (!renaming) return;
    const village = await rename.mutateAsync({ id: renaming.id, version: renaming.version, name: cleanText(name) });
    form.setNotice({ variant: 'success', text: t('villages.renamed', { name: village.name }) });
    setRenaming(null);
  });

  async function act(action: () => Promise<Village>, notice: string) {
    form.setFormError(null);
    form.setNotice(null);
    try {
      const village = await action();
      form.setNotice({ variant: 'success', text: t(notice, { name: village.name }) });
    } catch (error) {
      form.fail(error);
    }
  }

  function startRename(village: Village) {
    renameForm.set('name', village.name);
    setRenaming(village);
  }

  return (
    <section className="card stack" aria-labelledby="villages-title">
      <h2 id="villages-title">{t('villages.listTitle')}</h2>
      <FormMessages form={form} />
      <PagedTable
        label={t('villages.listTitle')}
        query={villages}
        errorTitle={t('villages.loadError')}
        empty={t('villages.empty')}
        onPage={setPage}
        rowKey={(village) => village.id}
        columns={[
          { label: t('villages.name'), cell: (village) => village.name },
          { label: t('villages.kind'), cell: (village) => t(`villages.kinds.${village.kind}`) },
          {
            label: t('villages.status'),
            cell: (village) =>
              village.closedOn
                ? village.mergedIntoName
                  ? t('villages.mergedInto', { date: formatDate(village.closedOn), name: village.mergedIntoName })
                  : t('villages.closedOn', { date: formatDate(village.closedOn) })
                : t('villages.open'),
          },
          { label: t('villages.learners'), cell: (village) => formatNumber(village.learners) },
          {
            label: <span className="visually-hidden">{t('villages.actions')}</span>,
            cell: (village) => (
              <div className="actions">
                <Button variant="secondary" onClick={() => startRename(village)}>
                  {t('villages.rename', { name: village.name })}
                </Button>
                {village.closedOn ? (
                  <Button
                    variant="secondary"
                    loading={reopen.isPending && reopen.variables?.id === village.id}
                    onClick={() => void act(() => reopen.mutateAsync(village), 'villages.reopened')}
                  >
                    {t('villages.reopen', { name: village.name })}
                  </Button>
                ) : (
                  <Button variant="secondary" onClick={() => setClosing(village)}>
                    {t('villages.close', { name: village.name })}
                  </Button>
                )}
              </div>
            ),
          },
        ]}
      />

      {renaming && (
        <form className="form" noValidate onSubmit={onRename} aria-labelledby="village-rename-title">
          <h3 id="village-rename-title">{t('villages.renameTitle', { name: renaming.name })}</h3>
          <FormMessages form={renameForm} />
          <TextField {...renameForm.field('name')} label={t('villages.newName')} maxLength={200} />
          <div className="actions">
            <Button type="submit" loading={rename.isPending} loadingText={t('villages.saving')}>
              {t('villages.save')}
            </Button>
            <Button variant="secondary" onClick={() => setRenaming(null)}>
              {t('ui.cancel')}
            </Button>
          </div>
        </form>
      )}

      <form className="form" noValidate onSubmit={onCreate} aria-labelledby="village-add-title">
        <h3 id="village-add-title">{t('villages.addTitle')}</h3>
        <TextField {...form.field('name')} label={t('villages.name')} hint={t('villages.nameHint')} maxLength={200} />
        <Select
          {...form.field('kind')}
          label={t('villages.kind')}
          options={KINDS.map((kind) => ({ value: kind, label: t(`villages.kinds.${kind}`) }))}
        />
        <Button type="submit" loading={create.isPending} loadingText={t('villages.saving')}>
          {t('villages.add')}
        </Button>
      </form>

      <ConfirmDialog
        open={closing !== null}
        title={t('villages.closeTitle', { name: closing?.name ?? '' })}
        confirmLabel={t('villages.closeConfirm')}
        danger
        busy={close.isPending}
        onConfirm={() => {
          const village = closing;
          setClosing(null);
          if (village) void act(() => close.mutateAsync(village), 'villages.closed');
        }}
        onCancel={() => setClosing(null)}
      >
        {t('villages.closeBody')}
      </ConfirmDialog>
    </section>
  );
}

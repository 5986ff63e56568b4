import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useCloseOrganisation, type Organisation } from '../api/organisations';

/**
 * Closing (or merging) one organisation, asked first: the day, and where it went if it merged. Its people
 * and its past figures stay; the dialog says so.
 */
export function CloseOrganisationDialog({
  organisation,
  onDone,
  onError,
}: {
  organisation: Organisation | null;
  onDone: () => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const close = useCloseOrganisation();
  const [closedOn, setClosedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [mergedInto, setMergedInto] = useState('');
  const target = /^\d{1,18}$/.test(mergedInto.trim()) ? Number(mergedInto.trim()) : null;
  return (
    <ConfirmDialog
      open={organisation !== null}
      title={t('admin.organisations.confirmClose', { name: organisation?.name ?? '' })}
      confirmLabel={target ? t('admin.organisations.merge') : t('admin.organisations.close')}
      danger
      busy={close.isPending}
      onCancel={onDone}
      onConfirm={() => {
        if (!organisation || !/^\d{4}-\d{2}-\d{2}$/.test(closedOn)) return;
        close.mutate(
          { id: organisation.id, closedOn, mergedIntoId: target, version: organisation.version },
          { onSettled: onDone, onError },
        );
      }}
    >
      <p>{t('admin.organisations.confirmCloseBody')}</p>
      <TextField
        id="close-on"
        type="date"
        label={t('admin.organisations.closedOn')}
        value={closedOn}
        onChange={setClosedOn}
      />
      <TextField
        id="merged-into"
        label={t('admin.organisations.mergedIntoId')}
        hint={t('admin.organisations.mergedIntoHint')}
        inputMode="numeric"
        optional
        value={mergedInto}
        onChange={setMergedInto}
      />
    </ConfirmDialog>
  );
}

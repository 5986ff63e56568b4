import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { SaveResult } from './FormMessages';

/** The end of an administration form that opens for one edit: what went wrong (if anything), then save and cancel. */
export function FormFooter({
  error,
  saving,
  onCancel,
}: {
  error?: string | null;
  saving: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SaveResult error={error} />
      <div className="actions">
        <Button type="submit" loading={saving} loadingText={t('admin.saving')}>
          {t('admin.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('ui.cancel')}
        </Button>
      </div>
    </>
  );
}

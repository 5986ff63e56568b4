import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@/components/ui';

/** The end of every administration form: what went wrong (if anything), then save and cancel. */
export function FormFooter({ error, saving, onCancel }: { error?: string | null; saving: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <Alert variant="error" title={t('admin.saveFailed')}>
          <p>{error}</p>
        </Alert>
      )}
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

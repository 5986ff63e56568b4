import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Select } from '@/components/ui';
import { Dialog } from '@/components/ui/Dialog';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { numberFormat } from '@/lib/format';
import {
  BULK_KINDS,
  BULK_KIND_FOR,
  BULK_STATUSES,
  type BulkKind,
  type BulkStatus,
  useBulkPreview,
  useSendBulkMessage,
} from '../api/notifications';

type Step = 'choose' | 'confirm' | 'sent';

/**
 * "Gửi tin nhắn" on a unit's follow-up list: pick the list and the template, see how many people it
 * reaches and what the day's limit leaves, confirm that count, send. The server counts again and
 * refuses when the list moved; the dialog then shows the new count to confirm.
 */
export function BulkMessageDialog({ code }: { code: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<Step>('choose');
  const [status, setStatus] = useState<BulkStatus>('NOT_ENROLLED');
  const [kind, setKind] = useState<BulkKind>(BULK_KIND_FOR.NOT_ENROLLED);
  const preview = useBulkPreview(code, status, kind, open && step !== 'sent');
  const send = useSendBulkMessage(code);
  const count = preview.data?.recipients ?? 0;
  const overLimit = preview.data ? count > preview.data.remainingToday : false;
  const fmt = (n: number) => numberFormat('vi-VN').format(n);

  const close = () => {
    setOpen(false);
    setStep('choose');
    send.reset();
  };

  const confirm = () =>
    send.mutate(
      { status, kind, expectedRecipients: count },
      {
        onSuccess: () => setStep('sent'),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'bulk_count_changed') {
            setStep('choose');
            void preview.refetch();
          }
        },
      },
    );

  const actions =
    step === 'choose' ? (
      <>
        <Button variant="secondary" onClick={close}>
          {t('ui.cancel')}
        </Button>
        <Button disabled={!preview.data || count === 0 || overLimit} onClick={() => setStep('confirm')}>
          {t('bulk.next')}
        </Button>
      </>
    ) : step === 'confirm' ? (
      <>
        <Button variant="secondary" onClick={() => setStep('choose')}>
          {t('bulk.back')}
        </Button>
        <Button loading={send.isPending} loadingText={t('bulk.sending')} onClick={confirm}>
          {t('bulk.send', { count: fmt(count) })}
        </Button>
      </>
    ) : (
      <Button onClick={close}>{t('bulk.close')}</Button>
    );

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('bulk.open')}
      </Button>
      <Dialog open={open} title={t('bulk.title')} onClose={close} actions={actions}>
        {step === 'choose' && (
          <div className="stack">
            {send.isError && <Alert variant="error">{errorMessage(send.error, t)}</Alert>}
            <Select
              id="bulk-status"
              label={t('bulk.status')}
              value={status}
              onChange={(value) => {
                setStatus(value as BulkStatus);
                setKind(BULK_KIND_FOR[value as BulkStatus]);
              }}
              options={BULK_STATUSES.map((s) => ({ value: s, label: t(`followUp.statuses.${s}`) }))}
            />
            <Select
              id="bulk-kind"
              label={t('bulk.kind')}
              hint={t('bulk.kindHint')}
              value={kind}
              onChange={(value) => setKind(value as BulkKind)}
              options={BULK_KINDS.map((k) => ({ value: k, label: t(`notificationSettings.kind.${k}`) }))}
            />
            <div aria-live="polite">
              {preview.isPending && <p>{t('bulk.counting')}</p>}
              {preview.isError && <Alert variant="error">{errorMessage(preview.error, t)}</Alert>}
              {preview.data && (
                <>
                  <p className="bulk-count" data-testid="bulk-count">
                    {t('bulk.count', { count: fmt(count) })}
                  </p>
                  <p className="muted">
                    {t('bulk.limit', {
                      remaining: fmt(preview.data.remainingToday),
                      limit: fmt(preview.data.dailyLimit),
                    })}
                  </p>
                  {overLimit && <Alert variant="error">{t('bulk.overLimit')}</Alert>}
                </>
              )}
            </div>
          </div>
        )}
        {step === 'confirm' && (
          <div className="stack">
            <p>
              {t('bulk.confirm', {
                count: fmt(count),
                kind: t(`notificationSettings.kind.${kind}`),
                list: t(`followUp.statuses.${status}`),
              })}
            </p>
            <p className="muted">{t('bulk.rules')}</p>
            {send.isError && <Alert variant="error">{errorMessage(send.error, t)}</Alert>}
          </div>
        )}
        {step === 'sent' && send.data && (
          <Alert variant="success" title={t('bulk.sentTitle')}>
            <p>{t('bulk.sent', { count: fmt(send.data.recipients), remaining: fmt(send.data.remainingToday) })}</p>
          </Alert>
        )}
      </Dialog>
    </>
  );
}

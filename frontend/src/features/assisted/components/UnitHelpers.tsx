import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormMessages } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { PagedTable } from '@/components/ui/PagedList';
import { formatDate, formatInVietnam } from '@/lib/format';
import { useGrantHelper, useHelperActivity, useRevokeHelper, useUnitHelpers, type Helper } from '../api/assisted';
import { SomeoneLoginField, useSomeoneLoginForm } from './SomeoneLogin';

/** A unit's helpers for its managers: who they are, making one more, ending one's role. */
export function UnitHelpers({ code }: { code: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const form = useSomeoneLoginForm('helpers-login', 'helpers.loginRequired');
  const [revoking, setRevoking] = useState<Helper | null>(null);
  const helpers = useUnitHelpers(code, page);
  const grant = useGrantHelper(code);
  const revoke = useRevokeHelper(code);

  const onGrant = form.submit(async ({ login }) => {
    const helper = await grant.mutateAsync(login.trim());
    form.setNotice({ variant: 'success', text: t('helpers.granted', { name: helper.fullName }) });
    form.set('login', '');
  });

  async function onRevoke() {
    if (!revoking) return;
    form.setFormError(null);
    form.setNotice(null);
    try {
      await revoke.mutateAsync(revoking.userId);
      form.setNotice({ variant: 'success', text: t('helpers.revoked', { name: revoking.fullName }) });
    } catch (error) {
      form.fail(error);
    }
    setRevoking(null);
  }

  return (
    <section className="card stack" aria-labelledby="helpers-title">
      <h2 id="helpers-title">{t('helpers.listTitle')}</h2>
      <FormMessages form={form} />
      <PagedTable
        label={t('helpers.listTitle')}
        query={helpers}
        errorTitle={t('helpers.loadError')}
        empty={t('helpers.empty')}
        onPage={setPage}
        rowKey={(helper) => helper.userId}
        columns={[
          { label: t('helpers.name'), cell: (helper) => helper.fullName },
          { label: t('helpers.phone'), cell: (helper) => helper.phone ?? '—' },
          { label: t('helpers.since'), cell: (helper) => formatDate(helper.grantedAt) },
          {
            label: <span className="visually-hidden">{t('helpers.actions')}</span>,
            cell: (helper) => (
              <Button variant="secondary" onClick={() => setRevoking(helper)}>
                {t('helpers.revoke', { name: helper.fullName })}
              </Button>
            ),
          },
        ]}
      />
      <form className="form" noValidate onSubmit={onGrant} aria-labelledby="helpers-grant-title">
        <h3 id="helpers-grant-title">{t('helpers.grantTitle')}</h3>
        <SomeoneLoginField form={form} label={t('helpers.login')} hint={t('helpers.loginHint')} />
        <Button type="submit" loading={grant.isPending} loadingText={t('helpers.granting')}>
          {t('helpers.grant')}
        </Button>
      </form>
      <ConfirmDialog
        open={revoking !== null}
        title={t('helpers.revokeTitle')}
        confirmLabel={t('helpers.revokeConfirm')}
        danger
        busy={revoke.isPending}
        onConfirm={() => void onRevoke()}
        onCancel={() => setRevoking(null)}
      >
        {t('helpers.revokeBody', { name: revoking?.fullName ?? '' })}
      </ConfirmDialog>
    </section>
  );
}

/** What the unit's helpers did, newest first, from the audit trail. */
export function HelperActivityList({ code }: { code: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const activity = useHelperActivity(code, page);
  const time = (iso: string) => formatInVietnam(iso, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="card stack" aria-labelledby="helper-activity-title">
      <h2 id="helper-activity-title">{t('helpers.activityTitle')}</h2>
      <PagedTable
        label={t('helpers.activityTitle')}
        query={activity}
        errorTitle={t('helpers.loadError')}
        empty={t('helpers.activityEmpty')}
        onPage={setPage}
        rowKey={(item, index) => `${item.at}-${index}`}
        columns={[
          { label: t('helpers.when'), cell: (item) => time(item.at) },
          { label: t('helpers.helper'), cell: (item) => item.helperName ?? t('helpers.deleted') },
          {
            label: t('helpers.what'),
            cell: (item) => t(item.action === 'helper.registered' ? 'helpers.didRegister' : 'helpers.didReset'),
          },
          { label: t('helpers.person'), cell: (item) => item.personName ?? t('helpers.deleted') },
        ]}
      />
    </section>
  );
}

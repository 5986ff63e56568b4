import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextField } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Pagination } from '@/components/ui/Pagination';
import { QueryState } from '@/components/ui/QueryState';
import { TableScroll } from '@/components/ui/TableScroll';
import { errorMessage } from '@/lib/api/problem';
import { currentLocale } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { useGrantHelper, useHelperActivity, useRevokeHelper, useUnitHelpers, type Helper } from '../api/assisted';

/** A unit's helpers for its managers: who they are, making one more, ending one's role. */
export function UnitHelpers({ code }: { code: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [login, setLogin] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [notice, setNotice] = useState<{ variant: 'success' | 'error'; text: string } | null>(null);
  const [revoking, setRevoking] = useState<Helper | null>(null);
  const helpers = useUnitHelpers(code, page);
  const grant = useGrantHelper(code);
  const revoke = useRevokeHelper(code);

  async function onGrant(event: FormEvent) {
    event.preventDefault();
    if (grant.isPending) return;
    setNotice(null);
    if (!login.trim()) {
      setFieldError(t('helpers.loginRequired'));
      return;
    }
    setFieldError(undefined);
    try {
      const helper = await grant.mutateAsync(login.trim());
      setNotice({ variant: 'success', text: t('helpers.granted', { name: helper.fullName }) });
      setLogin('');
    } catch (error) {
      setNotice({ variant: 'error', text: errorMessage(error, t) });
    }
  }

  async function onRevoke() {
    if (!revoking) return;
    try {
      await revoke.mutateAsync(revoking.userId);
      setNotice({ variant: 'success', text: t('helpers.revoked', { name: revoking.fullName }) });
    } catch (error) {
      setNotice({ variant: 'error', text: errorMessage(error, t) });
    }
    setRevoking(null);
  }

  return (
    <section className="card stack" aria-labelledby="helpers-title">
      <h2 id="helpers-title">{t('helpers.listTitle')}</h2>
      {notice && <Alert variant={notice.variant}>{notice.text}</Alert>}
      <QueryState query={helpers} errorTitle={t('helpers.loadError')}>
        {helpers.data && (
          <>
            {helpers.data.items.length === 0 ? (
              <p>{t('helpers.empty')}</p>
            ) : (
              <TableScroll label={t('helpers.listTitle')}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('helpers.name')}</th>
                      <th scope="col">{t('helpers.phone')}</th>
                      <th scope="col">{t('helpers.since')}</th>
                      <th scope="col"><span className="visually-hidden">{t('helpers.actions')}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {helpers.data.items.map((helper) => (
                      <tr key={helper.userId}>
                        <td>{helper.fullName}</td>
                        <td>{helper.phone ?? '—'}</td>
                        <td>{formatDate(helper.grantedAt)}</td>
                        <td>
                          <Button variant="secondary" onClick={() => setRevoking(helper)}>
                            {t('helpers.revoke', { name: helper.fullName })}
                          </Button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            <Pagination page={helpers.data.page} totalPages={helpers.data.totalPages} totalItems={helpers.data.totalItems}
              onChange={setPage} label={t('helpers.listTitle')} />
          </>
        )}
      </QueryState>
      <form className="form" noValidate onSubmit={onGrant} aria-labelledby="helpers-grant-title">
        <h3 id="helpers-grant-title">{t('helpers.grantTitle')}</h3>
        <TextField id="helpers-login" label={t('helpers.login')} hint={t('helpers.loginHint')} error={fieldError}
          value={login} onChange={setLogin} autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={254} />
        <Button type="submit" loading={grant.isPending} loadingText={t('helpers.granting')}>
          {t('helpers.grant')}
        </Button>
      </form>
      <ConfirmDialog open={revoking !== null} title={t('helpers.revokeTitle')} confirmLabel={t('helpers.revokeConfirm')}
        danger busy={revoke.isPending} onConfirm={() => void onRevoke()} onCancel={() => setRevoking(null)}>
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
  const time = (iso: string) =>
    new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));
  return (
    <section className="card stack" aria-labelledby="helper-activity-title">
      <h2 id="helper-activity-title">{t('helpers.activityTitle')}</h2>
      <QueryState query={activity} errorTitle={t('helpers.loadError')}>
        {activity.data && (
          <>
            {activity.data.items.length === 0 ? (
              <p>{t('helpers.activityEmpty')}</p>
            ) : (
              <TableScroll label={t('helpers.activityTitle')}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('helpers.when')}</th>
                      <th scope="col">{t('helpers.helper')}</th>
                      <th scope="col">{t('helpers.what')}</th>
                      <th scope="col">{t('helpers.person')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {activity.data.items.map((item, index) => (
                      <tr key={`${item.at}-${index}`}>
                        <td>{time(item.at)}</td>
                        <td>{item.helperName ?? t('helpers.deleted')}</td>
                        <td>{t(item.action === 'helper.registered' ? 'helpers.didRegister' : 'helpers.didReset')}</td>
                        <td>{item.personName ?? t('helpers.deleted')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            <Pagination page={activity.data.page} totalPages={activity.data.totalPages}
              totalItems={activity.data.totalItems} onChange={setPage} label={t('helpers.activityTitle')} />
          </>
        )}
      </QueryState>
    </section>
  );
}

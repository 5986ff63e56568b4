import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SearchField, Select } from '@/components/ui';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { SaveResult } from '@/components/ui/FormMessages';
import { PagedTable } from '@/components/ui/PagedList';
import { QueryState } from '@/components/ui/QueryState';
import { usePagedSearch } from '@/lib/use-paged-search';
import { formatPhone } from '@/lib/validation/phone';
import { useApiForm, type FieldSlotProps } from '@/lib/use-api-form';
import { useConfirmedMutation } from '@/lib/use-confirmed-mutation';
import type { OrganisationRef, Profile, RoleGrant } from '@/lib/api/types';
import { can } from '@/lib/auth/capabilities';
import { useClaims } from '@/lib/auth/claims';
import { useAdminUsers, useEndSessions, useGrantRole, useRevokeRole, useRoleGrants } from '../api/users';

export interface ScopeSlots {
  /** Whose units the unit picker offers (a province): another starts the grant form again, nothing chosen. */
  scope?: string;
  /** A unit picker; gives back the unit's code, or null. */
  renderUnitField: (props: {
    id: string;
    label: string;
    error?: string;
    onChange: (code: string | null) => void;
  }) => ReactNode;
  /** An organisation picker (an agency, a school or an enterprise: a manager may be granted any). */
  renderOrganisationField: (props: FieldSlotProps<OrganisationRef | null>) => ReactNode;
  /** A granted organisation's name and kind, from its id. */
  renderOrganisation: (id: number) => ReactNode;
}

/** The roles granted here: a unit's or an organisation's manager (an administrator's role is granted otherwise). */
const MANAGER_ROLES = ['UNIT_MANAGER', 'AGENCY_MANAGER'] as const;
type ManagerRole = (typeof MANAGER_ROLES)[number];

const isManagerGrant = (grant: RoleGrant) => (MANAGER_ROLES as readonly string[]).includes(grant.role);

function Grants({ user, slots }: { user: Profile; slots: ScopeSlots }) {
  const { t } = useTranslation();
  // a province administrator revokes only managers' grants, and cannot log a person out everywhere
  const national = can(useClaims(), 'nationalRoles');
  const grants = useRoleGrants(user.id);
  const grant = useGrantRole(user.id);
  const revoke = useRevokeRole(user.id);
  const form = useApiForm({
    initial: {
      role: 'UNIT_MANAGER' as ManagerRole,
      unitCode: null as string | null,
      organisation: null as OrganisationRef | null,
    },
    fields: ['unitCode', 'organisation'],
    // the API names the organisation `agencyId`
    fieldOf: { agencyId: 'organisation' },
    validate: ({ role, unitCode, organisation }) =>
      role === 'UNIT_MANAGER' && !unitCode
        ? { unitCode: { key: 'admin.roles.unitRequired' } }
        : role === 'AGENCY_MANAGER' && !organisation
          ? { organisation: { key: 'admin.roles.organisationRequired' } }
          : {},
  });
  const { role } = form.values;
  const revocation = useConfirmedMutation(revoke, (g: RoleGrant) => g.id);
  const [ended, setEnded] = useState<number | null>(null);
  const ending = useConfirmedMutation(
    useEndSessions(user.id),
    () => undefined,
    (result) => setEnded(result.endedSessions),
  );

  const onGrant = form.submit(async (v) => {
    await grant.mutateAsync(
      v.role === 'UNIT_MANAGER'
        ? { role: v.role, unitCode: v.unitCode }
        : { role: v.role, agencyId: v.organisation?.id },
    );
    form.setNotice({ variant: 'success', text: t('admin.roles.granted') });
  });

  const scope = (g: RoleGrant): ReactNode =>
    g.unitCode
      ? t('admin.roles.unitScope', { code: g.unitCode })
      : g.agencyId
        ? slots.renderOrganisation(g.agencyId)
        : g.provinceCode
          ? t('admin.roles.provinceOf', { code: g.provinceCode })
          : t('admin.roles.provinceScope');

  return (
    <section className="card stack" aria-labelledby="grants-title">
      <h2 id="grants-title">{t('admin.roles.grantsOf', { name: user.fullName })}</h2>
      <QueryState query={grants} isEmpty={grants.data?.length === 0} empty={t('admin.roles.noGrants')}>
        <ul className="link-list">
          {grants.data?.map((g) => (
            <li key={g.id} className="grant">
              <span>
                <strong>{t(`roles.${g.role}`)}</strong> · {scope(g)}
              </span>
              {(national || isManagerGrant(g)) && (
                <Button variant="danger" onClick={() => revocation.ask(g)}>
                  {t('admin.roles.revoke')}{' '}
                  <span className="visually-hidden">
                    {t(`roles.${g.role}`)} ({scope(g)})
                  </span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      </QueryState>
      <SaveResult error={revocation.error} title={t('admin.roles.revokeFailed')} />
      <form className="form stack" onSubmit={onGrant} noValidate aria-labelledby="grant-title">
        <h3 id="grant-title">{t('admin.roles.grantTitle')}</h3>
        <Select
          {...form.field('role')}
          id="grant-role"
          label={t('admin.roles.role')}
          options={MANAGER_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
        {role === 'UNIT_MANAGER'
          ? slots.renderUnitField({
              id: 'grant-unit',
              label: t('admin.roles.unit'),
              error: form.errors.unitCode,
              onChange: (code) => form.set('unitCode', code),
            })
          : slots.renderOrganisationField({
              ...form.field('organisation'),
              id: 'grant-organisation',
              label: t('admin.roles.organisation'),
              hint: t('admin.roles.organisationHint'),
            })}
        <SaveResult error={form.formError} title={t('admin.roles.grantFailed')} notice={form.notice} />
        <div className="actions">
          <Button type="submit" loading={grant.isPending} loadingText={t('admin.saving')}>
            {t('admin.roles.grant')}
          </Button>
        </div>
      </form>
      {national && (
        <section className="stack" aria-labelledby="sessions-title">
          <h3 id="sessions-title">{t('admin.roles.sessionsTitle')}</h3>
          <p>{t('admin.roles.sessionsHint')}</p>
          {ended !== null && <Alert variant="success" title={t('admin.roles.sessionsEnded', { n: ended })} />}
          <SaveResult error={ending.error} title={t('admin.roles.endSessionsFailed')} />
          <div className="actions">
            <Button
              variant="danger"
              onClick={() => {
                setEnded(null);
                ending.ask(user);
              }}
            >
              {t('admin.roles.endSessions')}
            </Button>
          </div>
        </section>
      )}
      <ConfirmDialog
        {...ending.dialog}
        title={t('admin.roles.confirmEndSessions', { name: user.fullName })}
        confirmLabel={t('admin.roles.endSessions')}
        danger
      >
        <p>{t('admin.roles.confirmEndSessionsBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        {...revocation.dialog}
        title={t('admin.roles.confirmRevoke', { name: user.fullName })}
        confirmLabel={t('admin.roles.revoke')}
        danger
      >
        {revocation.item && (
          <p>
            {t(`roles.${revocation.item.role}`)} · {scope(revocation.item)}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}

/**
 * Find an account, then grant or revoke its unit-manager and organisation-manager roles (an agency, a
 * school or an enterprise), or (the national administrator) log it out everywhere. A province
 * administrator finds its province's people only, and grants and revokes only its units' and
 * organisations' managers (the API keeps it to them).
 */
export function RolesManager(slots: ScopeSlots) {
  const { t } = useTranslation();
  const paged = usePagedSearch();
  const { q, page, setPage } = paged;
  const [selected, setSelected] = useState<Profile | null>(null);
  const users = useAdminUsers(q, page);

  return (
    <div className="stack">
      <SearchField id="user-search" label={t('admin.roles.search')} hint={t('admin.roles.searchHint')} search={paged} />
      <PagedTable
        label={t('admin.roles.users')}
        query={users}
        empty={t('admin.roles.noUsers')}
        onPage={setPage}
        rowKey={(user) => user.id}
        columns={[
          { label: t('followUp.name'), rowHeader: true, cell: (user) => user.fullName },
          {
            label: t('followUp.contact'),
            cell: (user) => (user.phone ? formatPhone(user.phone) : (user.email ?? '—')),
          },
          { label: t('stats.unit'), cell: (user) => user.unit.name },
          { label: t('admin.roles.roles'), cell: (user) => user.roles.map((r) => t(`roles.${r.role}`)).join(', ') },
          {
            label: t('admin.actions'),
            cell: (user) => (
              <Button variant="secondary" aria-pressed={selected?.id === user.id} onClick={() => setSelected(user)}>
                {t('admin.roles.manage')}
                <span className="visually-hidden"> {user.fullName}</span>
              </Button>
            ),
          },
        ]}
      />
      {selected && <Grants key={`${selected.id} ${slots.scope ?? ''}`} user={selected} slots={slots} />}
    </div>
  );
}

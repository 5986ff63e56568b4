import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, filterOptions, SearchField, Select } from '@/components/ui';
import { AddOrEdit, RowActions, type Editing } from '@/components/ui/ItemEditor';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { SaveResult } from '@/components/ui/FormMessages';
import { PagedTable } from '@/components/ui/PagedList';
import { errorMessage } from '@/lib/api/problem';
import { useConfirmedMutation } from '@/lib/use-confirmed-mutation';
import { usePageFilter, usePagedSearch } from '@/lib/use-paged-search';
import {
  ORGANISATION_KINDS,
  useAdminOrganisations,
  useReopenOrganisation,
  type Organisation,
  type OrganisationQuery,
} from '../api/organisations';
import { CloseOrganisationDialog } from './CloseOrganisationDialog';
import { OrganisationForm } from './OrganisationForm';
import { OrganisationImport } from './OrganisationImport';

interface Level {
  id: number;
  name: string;
}

/**
 * The organisation tree for administrators: one level at a time (a name opens what is below it), or the
 * whole tree searched by name; create, change or move, close or merge (asked first), reopen, import.
 */
export function OrganisationsManager({ province }: { province: string }) {
  const { t } = useTranslation();
  const paged = usePagedSearch();
  const [kind, kindFilter] = usePageFilter<OrganisationQuery['kind']>('', paged.setPage);
  const [status, statusFilter] = usePageFilter<OrganisationQuery['status']>('OPEN', paged.setPage);
  const [path, setPath] = useState<Level[]>([]);
  const [editing, setEditing] = useState<Editing<Organisation>>(null);
  const [closing, setClosing] = useState<Organisation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const parent = path.at(-1) ?? null;
  const list = useAdminOrganisations({
    q: paged.q,
    kind,
    status,
    parentId: parent?.id ?? null,
    page: paged.page,
    province,
  });
  const reopen = useConfirmedMutation(useReopenOrganisation(), (o: Organisation) => o);

  function open(level: Level[]) {
    setPath(level);
    paged.setPage(1);
  }

  return (
    <div className="stack">
      <nav aria-label={t('admin.organisations.path')}>
        <ol className="breadcrumbs">
          <li>
            {path.length === 0 ? (
              <span aria-current="page">{t('admin.organisations.roots')}</span>
            ) : (
              <button type="button" className="link-button" onClick={() => open([])}>
                {t('admin.organisations.roots')}
              </button>
            )}
          </li>
          {path.map((level, i) => (
            <li key={level.id}>
              {i === path.length - 1 ? (
                <span aria-current="page">{level.name}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => open(path.slice(0, i + 1))}>
                  {level.name}
                </button>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <div className="filters">
        <SearchField id="organisation-search" label={t('admin.organisations.search')} search={paged} />
        <Select
          id="organisation-kind"
          label={t('admin.organisations.filterKind')}
          {...kindFilter}
          options={filterOptions(t('admin.organisations.allKinds'), ORGANISATION_KINDS, (k) =>
            t(`organisations.kinds.${k}`),
          )}
        />
        <Select
          id="organisation-status"
          label={t('admin.organisations.filterStatus')}
          {...statusFilter}
          options={(['OPEN', 'CLOSED', 'ALL'] as const).map((s) => ({
            value: s,
            label: t(`admin.organisations.statuses.${s}`),
          }))}
        />
      </div>
      <AddOrEdit editing={editing} onEdit={setEditing} addLabel={t('admin.organisations.add')}>
        {(organisation, done) => (
          <OrganisationForm
            organisation={organisation}
            parentId={parent?.id ?? null}
            province={province}
            onDone={done}
          />
        )}
      </AddOrEdit>
      <SaveResult error={error ?? reopen.error} />
      <PagedTable
        label={t('admin.organisations.title')}
        query={list}
        empty={t('admin.organisations.empty')}
        onPage={paged.setPage}
        rowKey={(o) => o.id}
        columns={[
          {
            label: t('admin.organisations.name'),
            rowHeader: true,
            cell: (o) => (
              <>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => open([...path, { id: o.id, name: o.name }])}
                  aria-label={t('admin.organisations.openNamed', { name: o.name })}
                >
                  {o.name}
                </button>
                {o.parentName && paged.q ? <div className="muted">{o.parentName}</div> : null}
              </>
            ),
          },
          {
            label: t('admin.organisations.kind'),
            cell: (o) => (
              <>
                {t(`organisations.kinds.${o.kind}`)}
                {o.schoolLevel ? ` (${t(`organisations.levels.${o.schoolLevel}`)})` : ''}
              </>
            ),
          },
          { label: t('admin.organisations.unitCode'), cell: (o) => o.unitName ?? '—' },
          {
            label: t('admin.organisations.status'),
            cell: (o) =>
              o.closedOn
                ? o.mergedIntoName
                  ? t('admin.organisations.mergedInto', { name: o.mergedIntoName, date: o.closedOn })
                  : t('admin.organisations.closedOnDate', { date: o.closedOn })
                : t('admin.organisations.statuses.OPEN'),
          },
          {
            label: t('admin.actions'),
            cell: (o) => (
              <div className="actions actions--tight">
                {o.closedOn ? (
                  <Button
                    variant="secondary"
                    onClick={() => reopen.ask(o)}
                    aria-label={t('admin.organisations.reopenNamed', { name: o.name })}
                  >
                    {t('admin.organisations.reopen')}
                  </Button>
                ) : (
                  <RowActions
                    onEdit={() => setEditing(o)}
                    editLabel={t('admin.organisations.editNamed', { name: o.name })}
                    danger={t('admin.organisations.close')}
                    onDanger={() => {
                      setError(null);
                      setClosing(o);
                    }}
                    dangerLabel={t('admin.organisations.closeNamed', { name: o.name })}
                  />
                )}
              </div>
            ),
          },
        ]}
      />
      <CloseOrganisationDialog
        key={closing?.id ?? 'none'}
        organisation={closing}
        onDone={() => setClosing(null)}
        onError={(cause) => setError(errorMessage(cause, t))}
      />
      <ConfirmDialog
        {...reopen.dialog}
        title={t('admin.organisations.confirmReopen', { name: reopen.item?.name ?? '' })}
        confirmLabel={t('admin.organisations.reopen')}
      >
        <p>{t('admin.organisations.confirmReopenBody')}</p>
      </ConfirmDialog>
      <OrganisationImport province={province} />
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, PageTitle, Select, Spinner } from '@/components/ui';
import { OrganisationCombobox, useOrganisationsById, type OrganisationRef } from '@/features/organisations';
import { RosterImport } from '@/features/rosters';
import { ApiError } from '@/lib/api/problem';
import { can, rolesFor } from '@/lib/auth/capabilities';
import { useClaims } from '@/lib/auth/claims';
import { forRoles } from '../../RequireRole';

/** What the roster imports follows the organisation's kind. */
function Import({ organisation }: { organisation: OrganisationRef | null }) {
  return organisation && <RosterImport key={organisation.id} organisation={organisation} />;
}

/** An administrator searches every open organisation: agencies, schools and enterprises. */
function AnyOrganisation() {
  const { t } = useTranslation();
  const [organisation, setOrganisation] = useState<OrganisationRef | null>(null);
  return (
    <>
      <OrganisationCombobox
        id="organisation"
        label={t('rosters.organisation')}
        hint={t('rosters.organisationHintAdmin')}
        value={organisation}
        onChange={setOrganisation}
      />
      <Import organisation={organisation} />
    </>
  );
}

/**
 * A manager chooses among their own organisations (the token's `agencies`), each fetched by id for its name
 * and kind; a single one is chosen already, a closed one (404) is no longer offered.
 */
function OwnOrganisation({ ids }: { ids: readonly number[] }) {
  const { t } = useTranslation();
  const results = useOrganisationsById(ids);
  const [chosenId, setChosenId] = useState('');
  if (results.some((result) => result.isPending)) {
    return <Spinner size="small" label={t('rosters.organisationsLoading')} />;
  }
  const failed = results.filter((result) => result.isError && !isGone(result.error));
  if (failed.length > 0) {
    return (
      <Alert variant="error" title={t('rosters.organisationsLoadError')}>
        <Button variant="secondary" onClick={() => failed.forEach((result) => void result.refetch())}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  const open = results.flatMap((result) => (result.data ? [result.data] : []));
  if (open.length === 0) return <Alert variant="info">{t('rosters.noOrganisation')}</Alert>;
  const current = open.length === 1 ? open[0] : open.find((organisation) => String(organisation.id) === chosenId);
  return (
    <>
      <Select
        id="organisation"
        label={t('rosters.organisation')}
        hint={t('rosters.organisationHint')}
        value={current ? String(current.id) : ''}
        onChange={setChosenId}
        options={[
          ...(open.length > 1 ? [{ value: '', label: t('rosters.chooseOrganisation') }] : []),
          ...open.map((organisation) => ({ value: String(organisation.id), label: organisation.name })),
        ]}
      />
      <Import organisation={current ?? null} />
    </>
  );
}

const isGone = (error: Error) => error instanceof ApiError && error.status === 404;

/**
 * Rosters of one organisation: an administrator searches any open one, an agency manager chooses one of their
 * own (the server checks it again: a manager of another organisation is refused).
 */
function Rosters() {
  const { t } = useTranslation();
  const claims = useClaims();
  return (
    <div className="stack stack--wide">
      <PageTitle title={t('rosters.title')}>{t('rosters.title')}</PageTitle>
      <p>
        <Link to="/quan-ly">{t('unitDetail.back')}</Link>
      </p>
      <p>{t('rosters.intro')}</p>
      {can(claims, 'anyRoster') ? <AnyOrganisation /> : <OwnOrganisation ids={claims.agencies} />}
    </div>
  );
}

export default forRoles(rolesFor('rosters'), Rosters);

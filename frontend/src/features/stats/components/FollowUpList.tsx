import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, SearchField, Select } from '@/components/ui';
import { PagedTable } from '@/components/ui/PagedList';
import { formatPhone } from '@/lib/validation/phone';
import { usePageFilter, usePagedSearch } from '@/lib/use-paged-search';
import { useUnitLearners } from '../api/stats';
import type { LearnerFollowUpStatus } from '@/lib/api/types';
import { FOLLOW_UP_STATUSES } from '../api/types';
import { formatAsOf } from '../format';

/**
 * The people of a unit who still have a step to take, for the commune's follow-up calls; `villageId`: only those
 * of one village of the unit (a new village starts the list again at page 1).
 */
export function FollowUpList({ code, villageId }: { code: string; villageId?: number }) {
  const { t } = useTranslation();
  const paged = usePagedSearch();
  const { q, page, setPage } = paged;
  const [status, statusFilter] = usePageFilter<LearnerFollowUpStatus>('NOT_CERTIFIED', setPage);
  const [shownVillage, setShownVillage] = useState(villageId);
  if (villageId !== shownVillage) {
    setShownVillage(villageId);
    setPage(1);
  }
  const query = useUnitLearners(code, { status, q: q || undefined, villageId, page, size: 20 });

  return (
    <div className="stack">
      <Alert variant="info" title={t('followUp.loggedTitle')}>
        <p>{t('followUp.loggedBody')}</p>
      </Alert>
      <div className="filters">
        <Select
          id="follow-up-status"
          label={t('followUp.status')}
          {...statusFilter}
          options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`followUp.statuses.${s}`) }))}
        />
        <SearchField
          id="follow-up-search"
          label={t('followUp.search')}
          hint={t('followUp.searchHint')}
          search={paged}
        />
      </div>
      <PagedTable
        label={t('followUp.title')}
        query={query}
        empty={t('followUp.empty')}
        pagesLabel={t('followUp.pages')}
        onPage={setPage}
        rowKey={(learner) => learner.id}
        columns={[
          { label: t('followUp.name'), rowHeader: true, cell: (learner) => learner.fullName },
          {
            label: t('followUp.contact'),
            cell: (learner) =>
              learner.phone ? (
                <a href={`tel:${learner.phone}`}>{formatPhone(learner.phone)}</a>
              ) : (
                (learner.email ?? '—')
              ),
          },
          {
            label: t('followUp.group'),
            cell: (learner) => (
              <>
                {t(`groups.${learner.learnerGroup}`)}
                {learner.agencyName && <span className="muted"> · {learner.agencyName}</span>}
              </>
            ),
          },
          { label: t('followUp.step'), cell: (learner) => t(`followUp.statuses.${learner.status}`) },
          { label: t('followUp.lessons'), cell: (learner) => `${learner.lessonsCompleted}/${learner.lessonCount}` },
          {
            label: t('followUp.lastActivity'),
            cell: (learner) => (learner.lastActivityAt ? formatAsOf(learner.lastActivityAt) : t('followUp.never')),
          },
        ]}
      />
    </div>
  );
}

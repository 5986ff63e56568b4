import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Select, TextField } from '@/components/ui';
import { TableScroll } from '@/components/ui/TableScroll';
import { Pagination } from '@/components/ui/Pagination';
import { QueryState } from '@/components/ui/QueryState';
import { formatPhone } from '@/lib/validation/phone';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useUnitLearners } from '../api/stats';
import { FOLLOW_UP_STATUSES, type LearnerFollowUpStatus } from '../api/types';
import { formatAsOf } from '../format';

/** The people of a unit who still have a step to take, for the commune's follow-up calls. */
export function FollowUpList({ code }: { code: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<LearnerFollowUpStatus>('NOT_CERTIFIED');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const q = useDebouncedValue(search.trim(), 350);
  const query = useUnitLearners(code, { status, q: q || undefined, page, size: 20 });
  const data = query.data;

  return (
    <div className="stack">
      <Alert variant="info" title={t('followUp.loggedTitle')}>
        <p>{t('followUp.loggedBody')}</p>
      </Alert>
      <div className="filters">
        <Select
          id="follow-up-status"
          label={t('followUp.status')}
          value={status}
          onChange={(value) => {
            setStatus(value as LearnerFollowUpStatus);
            setPage(1);
          }}
          options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`followUp.statuses.${s}`) }))}
        />
        <TextField
          id="follow-up-search"
          type="search"
          label={t('followUp.search')}
          hint={t('followUp.searchHint')}
          value={search}
          maxLength={100}
          onChange={(value) => {
            setSearch(value);
            setPage(1);
          }}
        />
      </div>
      <QueryState query={query} isEmpty={data?.items.length === 0} empty={t('followUp.empty')}>
        {data && (
          <>
            <TableScroll label={t('followUp.title')}>
              <table className="table">
                <caption className="visually-hidden">{t('followUp.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('followUp.name')}</th>
                    <th scope="col">{t('followUp.contact')}</th>
                    <th scope="col">{t('followUp.group')}</th>
                    <th scope="col">{t('followUp.step')}</th>
                    <th scope="col">{t('followUp.lessons')}</th>
                    <th scope="col">{t('followUp.lastActivity')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((learner) => (
                    <tr key={learner.id}>
                      <th scope="row">{learner.fullName}</th>
                      <td>
                        {learner.phone ? <a href={`tel:${learner.phone}`}>{formatPhone(learner.phone)}</a> : (learner.email ?? '—')}
                      </td>
                      <td>
                        {t(`groups.${learner.learnerGroup}`)}
                        {learner.agencyName && <span className="muted"> · {learner.agencyName}</span>}
                      </td>
                      <td>{t(`followUp.statuses.${learner.status}`)}</td>
                      <td>
                        {learner.lessonsCompleted}/{learner.lessonCount}
                      </td>
                      <td>{learner.lastActivityAt ? formatAsOf(learner.lastActivityAt) : t('followUp.never')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <Pagination page={data.page} totalPages={data.totalPages} totalItems={data.totalItems} onChange={setPage} label={t('followUp.pages')} />
          </>
        )}
      </QueryState>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useAdminOrganisation } from '../api/organisations';

/**
 * An organisation named by its id (a role grant's): "Trường THPT Trần Quốc Tuấn (Trường học)", saying
 * when it has closed; its id while it loads or if it cannot be read.
 */
export function OrganisationName({ id }: { id: number }) {
  const { t } = useTranslation();
  const organisation = useAdminOrganisation(id);
  if (!organisation.data) return <>{t('admin.roles.organisationById', { id })}</>;
  const { name, kind, closedOn } = organisation.data;
  const what = t(`organisations.kinds.${kind}`);
  return <>{closedOn ? t('admin.roles.organisationClosed', { name, what }) : `${name} (${what})`}</>;
}

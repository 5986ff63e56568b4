import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReportTemplates } from '@/features/reports/admin';
import { AdminPage } from './AdminPage';

/** The texts of the notice and of a commune's appendix, as the report generator fills them in. */
export default function AdminReportTemplatesPage() {
  const { t } = useTranslation();
  return (
    <AdminPage capability="reportTemplates" titleKey="reportTemplates.pageTitle">
      <p>{t('reportTemplates.intro', { open: '{{', close: '}}' })}</p>
      <p>
        <Link to="/quan-ly/bao-cao">{t('reportTemplates.reportsLink')}</Link>
      </p>
      <ReportTemplates />
    </AdminPage>
  );
}

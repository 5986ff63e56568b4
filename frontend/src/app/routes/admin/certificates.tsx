import { useTranslation } from 'react-i18next';
import { RevokeCertificate } from '@/features/certificates/admin';
import { NationalResultsImport } from '@/features/national';
import { AdminPage } from './AdminPage';

export default function AdminCertificatesPage() {
  const { t } = useTranslation();
  return (
    <AdminPage capability="certificates" title={t('admin.certificates.title')}>
      <p>{t('admin.certificates.intro')}</p>
      <RevokeCertificate />
      <NationalResultsImport />
    </AdminPage>
  );
}

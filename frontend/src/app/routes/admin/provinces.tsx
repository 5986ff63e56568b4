import { useTranslation } from 'react-i18next';
import { ProvinceFiguresTable } from '@/features/stats/admin';
import { PROVINCE_PARAM } from '../../public-dashboard-province';
import { AdminPage } from './AdminPage';

/** A province's statistics: the dashboard with that province chosen in its select (`/thong-ke?tinh=`). */
const provinceHref = (code: string) => `/thong-ke?${new URLSearchParams({ [PROVINCE_PARAM]: code })}`;

/** The national view: every province's figures side by side, for administrators (the API refuses anyone else). */
export default function AdminProvincesPage() {
  const { t } = useTranslation();
  return (
    <AdminPage capability="provinces" titleKey="provinceFigures.title">
      <p>{t('provinceFigures.intro')}</p>
      <ProvinceFiguresTable provinceHref={provinceHref} />
    </AdminPage>
  );
}

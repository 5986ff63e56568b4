import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';
import { RequireRole } from '../../RequireRole';

const SECTIONS = [
  ['/quan-tri/khoa-hoc', 'courses'],
  ['/quan-tri/lo-trinh', 'paths'],
  ['/quan-tri/chi-tieu', 'targets'],
  ['/quan-tri/mau-so', 'denominators'],
  ['/quan-tri/to-chuc', 'organisations'],
  ['/quan-tri/phan-quyen', 'roles'],
  ['/quan-tri/chung-nhan', 'certificates'],
  ['/quan-ly/bao-cao', 'reports'],
  ['/quan-tri/mau-bao-cao', 'reportTemplates'],
  ['/quan-ly', 'dashboard'],
  ['/quan-tri/toan-quoc', 'provinces'],
] as const;

export default function AdminHomePage() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['ADMIN']}>
      <div className="stack">
        <PageTitle title={t('admin.title')}>{t('admin.title')}</PageTitle>
        <ul className="admin-sections">
          {SECTIONS.map(([to, key]) => (
            <li key={key} className="card">
              <h2>
                <Link to={to}>{t(`admin.sections.${key}.title`)}</Link>
              </h2>
              <p>{t(`admin.sections.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </div>
    </RequireRole>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui';
import { can, rolesFor, type Capability } from '@/lib/auth/capabilities';
import { useClaims } from '@/lib/auth/claims';
import { RequireRole } from '../../RequireRole';

/** Each section's page, its texts (`admin.sections.<key>`) and who may use it. */
const SECTIONS = [
  ['/quan-tri/khoa-hoc', 'courses', 'courses'],
  ['/quan-tri/lo-trinh', 'paths', 'paths'],
  ['/quan-tri/chi-tieu', 'targets', 'targets'],
  ['/quan-tri/mau-so', 'denominators', 'denominators'],
  ['/quan-tri/to-chuc', 'organisations', 'organisations'],
  ['/quan-tri/phan-quyen', 'roles', 'roles'],
  ['/quan-tri/chung-nhan', 'certificates', 'certificates'],
  ['/quan-ly/bao-cao', 'reports', 'provinceReports'],
  ['/quan-tri/mau-bao-cao', 'reportTemplates', 'reportTemplates'],
  ['/quan-ly', 'dashboard', 'dashboard'],
  ['/quan-tri/toan-quoc', 'provinces', 'provinces'],
] as const satisfies readonly (readonly [string, string, Capability])[];

/** The administration's sections: all of them for the national administrator, its province's for a province administrator. */
export default function AdminHomePage() {
  const { t } = useTranslation();
  const claims = useClaims();
  return (
    <RequireRole roles={rolesFor('admin')}>
      <div className="stack">
        <PageTitle title={t('admin.title')}>{t('admin.title')}</PageTitle>
        <ul className="admin-sections">
          {SECTIONS.filter(([, , capability]) => can(claims, capability)).map(([to, key]) => (
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

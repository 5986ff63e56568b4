import { useTranslation } from 'react-i18next';
import { CourseList } from '@/features/admin';
import { AdminPage } from './AdminPage';

export default function AdminCoursesPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.sections.courses.title')}>
      <CourseList />
    </AdminPage>
  );
}

import { CourseList } from '@/features/course';
import { AdminPage } from './AdminPage';

export default function AdminCoursesPage() {
  return (
    <AdminPage capability="courses" titleKey="admin.sections.courses.title">
      <CourseList />
    </AdminPage>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CourseOutline, useAdminCourse } from '@/features/course';
import { AdminPage } from './AdminPage';

export default function AdminCoursePage() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const course = useAdminCourse(courseId);
  return (
    <AdminPage capability="courses" title={course.data?.title ?? t('admin.courses.course')} back="/quan-tri/khoa-hoc">
      <CourseOutline courseId={courseId} />
    </AdminPage>
  );
}

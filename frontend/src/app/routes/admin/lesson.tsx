import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '@/components/ui/QueryState';
import { LessonEditor, useAdminLesson } from '@/features/course';
import { AdminPage } from './AdminPage';

export default function AdminLessonPage() {
  const { t } = useTranslation();
  const { lessonId = '' } = useParams();
  const lesson = useAdminLesson(lessonId);
  return (
    <AdminPage
      capability="courses"
      title={t('admin.lesson.pageTitle')}
      back={lesson.data ? `/quan-tri/khoa-hoc/${lesson.data.courseId}` : '/quan-tri/khoa-hoc'}
    >
      <QueryState query={lesson}>
        {lesson.data && <LessonEditor key={lesson.data.id} lesson={lesson.data} />}
      </QueryState>
    </AdminPage>
  );
}

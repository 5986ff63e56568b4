import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QuestionsManager } from '@/features/course';
import { AdminPage } from './AdminPage';

export default function AdminQuestionsPage() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  return (
    <AdminPage capability="courses" title={t('admin.questions.title')} back={`/quan-tri/khoa-hoc/${courseId}`}>
      <QuestionsManager courseId={courseId} />
    </AdminPage>
  );
}

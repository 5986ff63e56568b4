import { LearningPaths } from '@/features/course';
import { AdminPage } from './AdminPage';

export default function AdminPathsPage() {
  return (
    <AdminPage titleKey="admin.sections.paths.title">
      <LearningPaths />
    </AdminPage>
  );
}

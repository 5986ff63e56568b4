import { LearningPaths } from '@/features/course';
import { AdminPage } from './AdminPage';

export default function AdminPathsPage() {
  return (
    <AdminPage capability="paths" titleKey="admin.sections.paths.title">
      <LearningPaths />
    </AdminPage>
  );
}

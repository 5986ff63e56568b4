import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert, Button } from '@/components/ui';
import { paths } from '@/lib/paths';
import { useAsyncAction } from '@/lib/use-async-action';
import { fetchResumePoint } from '../api/learning';

/** "Continue where I left off": asks the server for the resume point at the moment of the tap. */
export function ContinueButton({
  enrollmentId,
  courseId,
  label,
}: {
  enrollmentId: string;
  courseId: string;
  label?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const resume = useAsyncAction();
  return (
    <>
      <Button
        loading={resume.busy}
        loadingText={t('course.continuing')}
        onClick={resume.run(async () => {
          const point = await fetchResumePoint(enrollmentId);
          if (point.next === 'LESSON' && point.lessonId) void navigate(paths.lesson(courseId, point.lessonId));
          else if (point.next === 'FINAL_TEST') void navigate(paths.finalTest(courseId));
          else void navigate(paths.myCertificates);
        })}
      >
        {label ?? t('course.continue')}
      </Button>
      {resume.error && <Alert variant="error">{resume.error}</Alert>}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert, Button } from '@/components/ui';
import { errorMessage } from '@/lib/api/problem';
import { paths } from '@/lib/paths';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Button
        loading={busy}
        loadingText={t('course.continuing')}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            const point = await fetchResumePoint(enrollmentId);
            if (point.next === 'LESSON' && point.lessonId) void navigate(paths.lesson(courseId, point.lessonId));
            else if (point.next === 'FINAL_TEST') void navigate(paths.finalTest(courseId));
            else void navigate(paths.myCertificates);
          } catch (cause) {
            setError(cause);
          } finally {
            setBusy(false);
          }
        }}
      >
        {label ?? t('course.continue')}
      </Button>
      {error != null && <Alert variant="error">{errorMessage(error, t)}</Alert>}
    </>
  );
}

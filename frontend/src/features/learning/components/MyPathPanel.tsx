import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '@/components/ui';
import { ApiError } from '@/lib/api/problem';
import { paths } from '@/lib/paths';
import { useMyPath } from '../api/learning';

/**
 * The learner's path on the home page: their group's courses in order, which one gives the certificate
 * the province counts for the group, and where they stand in each. Nothing while it loads (the
 * catalogue below says the same courses) or when the group has no path.
 */
export function MyPathPanel() {
  const { t } = useTranslation();
  const path = useMyPath(true);
  if (path.isPending) return null;
  if (path.isError) {
    if (path.error instanceof ApiError && path.error.status === 404) return null;
    return <LoadError title={t('path.error')} error={path.error} onRetry={() => void path.refetch()} />;
  }
  const { name, certified, courses } = path.data;
  if (courses.length === 0) return null;
  return (
    <section aria-labelledby="my-path" className="card stack my-path">
      <h2 id="my-path">{t('path.title')}</h2>
      <p>{name}</p>
      <p role="status">{certified ? t('path.certified') : t('path.notCertified')}</p>
      <ol className="path-courses">
        {courses.map((course) => (
          <li key={course.id}>
            <Link to={paths.course(course.id)}>{course.title}</Link>
            {course.certifying && <strong className="path-certifying"> {t('path.certifying')}</strong>}
            <span className="path-state">{t(`path.state.${course.state}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

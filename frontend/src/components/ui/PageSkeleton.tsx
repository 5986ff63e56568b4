import { useTranslation } from 'react-i18next';

/**
 * The shape of a page while its code or data is on the way: boxes of fixed size where the title and
 * the first card will be, so nothing below jumps when they arrive (no layout shift).
 */
export function PageSkeleton({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack" role="status" aria-busy="true">
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
      <span className="skeleton skeleton--title" aria-hidden="true" />
      <span className="skeleton skeleton--line" aria-hidden="true" />
      <span className="skeleton skeleton--line skeleton--short" aria-hidden="true" />
      <span className="skeleton skeleton--card" aria-hidden="true" />
    </div>
  );
}

import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  totalPages: number;
  totalItems: number;
  onChange: (page: number) => void;
  /** Names the list, for screen readers ("Trang của bảng đơn vị"). */
  label: string;
}

/** Previous / next with "page x of y": few, big targets, fine on a phone. */
export function Pagination({ page, totalPages, totalItems, onChange, label }: Props) {
  const { t } = useTranslation();
  if (totalPages <= 1) {
    return <p className="muted pagination__summary">{t('ui.totalItems', { count: totalItems })}</p>;
  }
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" className="btn btn--secondary" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        {t('ui.previousPage')}
      </button>
      <span className="pagination__summary" aria-live="polite">
        {t('ui.pageOf', { page, totalPages })} · {t('ui.totalItems', { count: totalItems })}
      </span>
      <button
        type="button"
        className="btn btn--secondary"
        disabled={page >= totalPages}
        onClick={() => onChange(page + 1)}
      >
        {t('ui.nextPage')}
      </button>
    </nav>
  );
}

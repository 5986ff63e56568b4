import { useTranslation } from 'react-i18next';

interface Props {
  label?: string;
  size?: 'small' | 'large';
  /** Inside a button that already says what is happening. */
  decorative?: boolean;
}

export function Spinner({ label, size = 'large', decorative = false }: Props) {
  const { t } = useTranslation();
  if (decorative) return <span className={`spinner spinner--${size}`} aria-hidden="true" />;
  return (
    <div className="spinner-block" role="status">
      <span className={`spinner spinner--${size}`} aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

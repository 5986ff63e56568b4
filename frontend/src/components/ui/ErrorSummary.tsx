import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field to focus. */
  fieldId: string;
  message: string;
}

interface Props {
  items: SummaryItem[];
  /** Changes on every submit, so focus moves to the summary each time the form is sent with errors. */
  focusKey: number;
}

/** The list of a form's errors shown on submit, each linking to its field (GOV.UK pattern). */
export function ErrorSummary({ items, focusKey }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const hasItems = items.length > 0;

  useEffect(() => {
    if (hasItems) ref.current?.focus();
  }, [focusKey, hasItems]);

  if (!hasItems) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('form.errorSummaryTitle', { count: items.length })}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.fieldId}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(item.fieldId);
                field?.focus();
                field?.scrollIntoView?.({ block: 'center' });
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

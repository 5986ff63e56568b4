import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Ids that tie a field to its hint and error (aria-describedby). */
export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

export function describedBy(id: string, hint: ReactNode, error: ReactNode): string | undefined {
  const ids = fieldIds(id);
  const list = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={fieldIds(id).hint} className="field__hint">
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <p id={fieldIds(id).error} className="field__error">
      <span className="visually-hidden">{t('common.errorPrefix')}</span> {children}
    </p>
  );
}

export function FieldLabel({ htmlFor, children, optional }: { htmlFor: string; children: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <label htmlFor={htmlFor} className="field__label">
      {children}
      {optional && <span className="field__optional"> {t('common.optional')}</span>}
    </label>
  );
}

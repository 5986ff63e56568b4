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

export function FieldLabel({
  htmlFor,
  children,
  optional,
}: {
  htmlFor: string;
  children: ReactNode;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <label htmlFor={htmlFor} className="field__label">
      {children}
      {optional && <span className="field__optional"> {t('common.optional')}</span>}
    </label>
  );
}

export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
  className?: string;
}

/** What every field shows around its control, in this order: the label, the hint, the error. */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  className,
  children,
}: FieldFrameProps & { children: ReactNode }) {
  return (
    <div className={['field', error ? 'field--error' : '', className].filter(Boolean).join(' ')}>
      <FieldLabel htmlFor={id} optional={optional}>
        {label}
      </FieldLabel>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      {error && <FieldError id={id}>{error}</FieldError>}
      {children}
    </div>
  );
}

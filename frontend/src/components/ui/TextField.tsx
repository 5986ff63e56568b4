import { useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError, FieldHint, FieldLabel } from './field';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
};

export function TextField({ id, label, hint, error, optional, value, onChange, type = 'text', ref, className, ...rest }: Props) {
  return (
    <div className={['field', error ? 'field--error' : '', className].filter(Boolean).join(' ')}>
      <FieldLabel htmlFor={id} optional={optional}>
        {label}
      </FieldLabel>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      {error && <FieldError id={id}>{error}</FieldError>}
      <input
        {...rest}
        ref={ref}
        id={id}
        name={rest.name ?? id}
        type={type}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

/** A password field with a "show password" box: typing blind is hard on a small phone. */
export function PasswordField(props: Omit<Props, 'type'>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const toggleId = `${props.id}-show`;
  return (
    <div className="password-field">
      <TextField {...props} type={visible ? 'text' : 'password'} spellCheck={false} autoCapitalize="none" />
      <div className="checkbox">
        <input id={toggleId} type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        <label htmlFor={toggleId}>{t('common.showPassword')}</label>
      </div>
    </div>
  );
}

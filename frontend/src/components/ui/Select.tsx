import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FieldError, FieldHint, FieldLabel } from './field';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
};

export function Select({ id, label, hint, error, optional, value, onChange, options, ...rest }: Props) {
  return (
    <div className={['field', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <FieldLabel htmlFor={id} optional={optional}>
        {label}
      </FieldLabel>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      {error && <FieldError id={id}>{error}</FieldError>}
      <select
        {...rest}
        id={id}
        name={rest.name ?? id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

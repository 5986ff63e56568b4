import type { SelectHTMLAttributes } from 'react';
import { describedBy, Field, type FieldFrameProps } from './field';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> &
  FieldFrameProps & {
    value: string;
    onChange: (value: string) => void;
    options: { value: string; label: string }[];
  };

export function Select({ id, label, hint, error, optional, value, onChange, options, ...rest }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
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
    </Field>
  );
}

/** The options of a filter: `all` (the empty value: no filter) first, then each value with its label. */
export function filterOptions<T extends string>(all: string, values: readonly T[], labelOf: (value: T) => string) {
  return [{ value: '', label: all }, ...values.map((value) => ({ value: value as string, label: labelOf(value) }))];
}

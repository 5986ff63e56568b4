import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint } from './field';

interface Props {
  /** Id of the group; the first radio gets `${id}` so an error summary link can focus it. */
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Each choice; a label may be drawn (a unit's name fetched by its code). */
  options: { value: string; label: ReactNode }[];
}

export function RadioGroup({ id, name, legend, hint, error, value, onChange, options }: Props) {
  return (
    <fieldset
      className={['field', 'fieldset', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__label">{legend}</legend>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      {error && <FieldError id={id}>{error}</FieldError>}
      <div className="radios">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="radio" key={option.value}>
              <input
                id={optionId}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

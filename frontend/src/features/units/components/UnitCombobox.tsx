import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, Field } from '@/components/ui';
import type { Unit, UnitRef } from '@/lib/api/types';
import type { FieldSlotProps } from '@/lib/use-api-form';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useUnitSearch } from '../api/units';

export interface UnitComboboxProps extends FieldSlotProps<UnitRef | null> {
  /** Milliseconds of quiet typing before searching. */
  debounceMs?: number;
}

/**
 * Finds a commune, ward or special zone as the user types (WAI-ARIA combobox with a list popup):
 * arrows move through the results, Enter chooses, Escape closes the list (a second Escape clears).
 * The search ignores accents, so "tinh khe" finds "Xã Tịnh Khê".
 */
export function UnitCombobox({ id, label, hint, error, value, onChange, debounceMs = 250 }: UnitComboboxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  // a value set from outside (e.g. a profile that finished loading) shows its name
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (value) setText(value.name);
  }

  const query = useDebouncedValue(text, debounceMs);
  const searching = open && text.trim().length > 0 && !(value && value.name === text);
  const search = useUnitSearch(searching ? query : '');
  const results: Unit[] = searching && search.data ? search.data.items : [];
  const waiting = searching && (query !== text || search.isFetching);
  const expanded = searching && results.length > 0;
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the active option moves
  }, [active]);

  function choose(unit: Unit) {
    const ref: UnitRef = { code: unit.code, name: unit.name, type: unit.type };
    setText(unit.name);
    setOpen(false);
    setActive(-1);
    setAnnouncement(t('units.selected', { name: unit.name }));
    onChange(ref);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (results.length) setActive((i) => (i + 1) % results.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (results.length) setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
        break;
      case 'Enter': {
        const unit = expanded ? results[active] : undefined;
        if (unit) {
          event.preventDefault(); // choose, do not submit the form
          choose(unit);
        }
        break;
      }
      case 'Escape':
        if (expanded || open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
          if (value) onChange(null);
        }
        break;
      default:
        break;
    }
  }

  let status = '';
  if (search.isError && searching) status = t('units.loadError');
  else if (waiting && results.length === 0) status = t('units.searching');
  else if (searching && !waiting && search.isSuccess) {
    status = results.length ? t('units.results', { count: results.length }) : t('units.noResults');
  } else status = announcement;

  return (
    <Field id={id} label={label} hint={hint} error={error} className="combobox">
      <div className="combobox__wrapper">
        <input
          id={id}
          name={id}
          type="text"
          className="input"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            setAnnouncement('');
            if (value) onChange(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        <div id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!expanded}>
          {expanded &&
            results.map((unit, index) => (
              // keyboard is handled on the input (aria-activedescendant), as the ARIA combobox pattern says
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys are handled on the input
              <div
                key={unit.code}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className={['combobox__option', index === active ? 'combobox__option--active' : ''].join(' ')}
                onMouseDown={(event) => event.preventDefault()} // keep focus in the input
                onClick={() => choose(unit)}
              >
                <span className="combobox__name">{unit.name}</span>
                {unit.formerNames.length > 0 && (
                  <span className="combobox__former">
                    {t('units.formerNames', { names: unit.formerNames.join(', ') })}
                  </span>
                )}
              </div>
            ))}
        </div>
      </div>
      <p className="combobox__status" role="status">
        {status}
      </p>
    </Field>
  );
}

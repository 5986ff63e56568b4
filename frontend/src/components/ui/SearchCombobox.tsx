import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSlotProps } from '@/lib/use-api-form';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { describedBy, Field } from './field';

/** What a search combobox says in its live region; the wrapper words it for what it finds. */
export interface SearchComboboxTexts {
  noResults: string;
  loadError: string;
  selected: (name: string) => string;
}

export interface SearchComboboxProps<T> extends FieldSlotProps<T | null> {
  /** The query key of a search for this text (from the feature's key factory). */
  queryKey: (q: string) => QueryKey;
  /** Searches the server for the (trimmed, non-empty) text. */
  search: (q: string) => Promise<T[]>;
  keyOf: (item: T) => string | number;
  nameOf: (item: T) => string;
  /** An option's content; its name by default. */
  renderOption?: (item: T) => ReactNode;
  texts: SearchComboboxTexts;
  optional?: boolean;
  /** Milliseconds of quiet typing before searching. */
  debounceMs?: number;
}

/**
 * A text box that searches the server as the user types (WAI-ARIA combobox with a list popup): arrows
 * move through the results, Enter chooses, Escape closes the list (a second Escape clears the choice).
 * Typing again forgets the chosen item. The unit and the organisation pickers are this with their search.
 */
export function SearchCombobox<T>({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  queryKey,
  search,
  keyOf,
  nameOf,
  renderOption,
  texts,
  optional,
  debounceMs = 250,
}: SearchComboboxProps<T>) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? nameOf(value) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  // a value set from outside (e.g. a profile that finished loading) shows its name
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (value) setText(nameOf(value));
  }

  const query = useDebouncedValue(text, debounceMs).trim();
  const searching = open && text.trim().length > 0 && !(value && nameOf(value) === text);
  const found = useQuery({
    queryKey: queryKey(searching ? query : ''),
    queryFn: () => search(query),
    enabled: searching && query.length > 0,
    staleTime: 10 * 60_000, // reference data changes rarely
    placeholderData: keepPreviousData,
  });
  const results: T[] = searching && found.data ? found.data : [];
  const waiting = searching && (query !== text.trim() || found.isFetching);
  const expanded = searching && results.length > 0;
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the active option moves
  }, [active]);

  function choose(item: T) {
    setText(nameOf(item));
    setOpen(false);
    setActive(-1);
    setAnnouncement(texts.selected(nameOf(item)));
    onChange(item);
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
        const item = expanded ? results[active] : undefined;
        if (item !== undefined) {
          event.preventDefault(); // choose, do not submit the form
          choose(item);
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
          setAnnouncement('');
          if (value) onChange(null);
        }
        break;
      default:
        break;
    }
  }

  let status: string;
  if (found.isError && searching) status = texts.loadError;
  else if (waiting && results.length === 0) status = t('combobox.searching');
  else if (searching && !waiting && found.isSuccess) {
    status = results.length ? t('combobox.results', { count: results.length }) : texts.noResults;
  } else status = announcement;

  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional} className="combobox">
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
        {text && (
          <button
            type="button"
            className="combobox__clear"
            aria-label={t('combobox.clear', { label })}
            onClick={() => {
              setText('');
              setOpen(false);
              setActive(-1);
              setAnnouncement('');
              if (value) onChange(null);
              document.getElementById(id)?.focus();
            }}
          >
            ×
          </button>
        )}
        <div id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!expanded}>
          {expanded &&
            results.map((item, index) => (
              // keyboard is handled on the input (aria-activedescendant), as the ARIA combobox pattern says
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys are handled on the input
              <div
                key={keyOf(item)}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className={['combobox__option', index === active ? 'combobox__option--active' : ''].join(' ')}
                onMouseDown={(event) => event.preventDefault()} // keep focus in the input
                onClick={() => choose(item)}
              >
                {renderOption ? renderOption(item) : <span className="combobox__name">{nameOf(item)}</span>}
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

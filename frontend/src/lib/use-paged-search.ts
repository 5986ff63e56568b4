import { useState } from 'react';
import { useDebouncedValue } from './use-debounced-value';

/**
 * A search box over a paged list: changing the search goes back to page 1, and `q` (what to ask the API
 * for) follows the box once typing pauses.
 */
export function usePagedSearch(delayMs = 350) {
  const [search, setText] = useState('');
  const [page, setPage] = useState(1);
  const q = useDebouncedValue(search.trim(), delayMs);
  function setSearch(text: string) {
    setText(text);
    setPage(1);
  }
  return { search, setSearch, q, page, setPage };
}

/**
 * A filter beside the search of a paged list (a `Select`): choosing another value goes back to page 1.
 * Returns the value and the props to spread into the select (`value`, `onChange`).
 */
export function usePageFilter<T extends string>(initial: T, setPage: (page: number) => void) {
  const [value, setValue] = useState<T>(initial);
  const field = {
    value,
    onChange: (next: string) => {
      setValue(next as T);
      setPage(1);
    },
  };
  return [value, field] as const;
}

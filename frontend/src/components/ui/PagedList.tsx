import type { ReactNode } from 'react';
import { Pagination } from './Pagination';
import { QueryState, type QueryLike } from './QueryState';

/** One page of a paged list, as every paged endpoint of the API answers. */
export interface Page {
  items: readonly unknown[];
  page: number;
  totalPages: number;
  totalItems: number;
}

/**
 * Every paged list of the app: the query's loading and failed states, then the page (drawn by
 * `children`) with previous / next under it. With `empty`, an empty page shows that text instead of
 * the list; without it, `children` says what an empty page shows.
 */
export function PagedList<P extends Page>({
  query,
  empty,
  errorTitle,
  pagesLabel,
  onPage,
  children,
}: {
  query: QueryLike & { data?: P };
  empty?: ReactNode;
  errorTitle?: string;
  /** Names the page links for screen readers. */
  pagesLabel: string;
  onPage: (page: number) => void;
  children: (page: P) => ReactNode;
}) {
  const data = query.data;
  return (
    <QueryState
      query={query}
      errorTitle={errorTitle}
      isEmpty={empty !== undefined && data?.items.length === 0}
      empty={empty}
    >
      {data && (
        <>
          {children(data)}
          <Pagination
            page={data.page}
            totalPages={data.totalPages}
            totalItems={data.totalItems}
            onChange={onPage}
            label={pagesLabel}
          />
        </>
      )}
    </QueryState>
  );
}

import type { Key, ReactNode } from 'react';
import { DataTable, type Column } from './DataTable';
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
 * Every paged list of the app: the query's loading and failed states (a failed refetch keeps the page shown), then the page (drawn by
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
  // A page already shown stays when asking for it again fails (a refetch in the background, a list that follows
  // progress): its reader keeps what they were reading; only a page that never came shows the error.
  const state: QueryLike = {
    isPending: query.isPending,
    isError: query.isError && !data,
    error: query.error,
    refetch: query.refetch,
  };
  return (
    <QueryState
      query={state}
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

/**
 * A paged list drawn as a table (`DataTable`): its rows are the page's items. `before` draws what stands above
 * the table on each page (the moment its figures are of); the page links are named after the table unless
 * `pagesLabel` says otherwise.
 */
export function PagedTable<P extends Page>({
  query,
  label,
  pagesLabel = label,
  empty,
  errorTitle,
  onPage,
  before,
  ...table
}: {
  query: QueryLike & { data?: P };
  label: string;
  pagesLabel?: string;
  empty?: ReactNode;
  errorTitle?: string;
  onPage: (page: number) => void;
  before?: (page: P) => ReactNode;
  columns: readonly Column<P['items'][number]>[];
  rowKey: (row: P['items'][number], index: number) => Key;
  busy?: boolean;
}) {
  return (
    <PagedList query={query} empty={empty} errorTitle={errorTitle} pagesLabel={pagesLabel} onPage={onPage}>
      {(page) => (
        <>
          {before?.(page)}
          <DataTable label={label} rows={page.items} {...table} />
        </>
      )}
    </PagedList>
  );
}

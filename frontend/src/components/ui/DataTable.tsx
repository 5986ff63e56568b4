import { Fragment, type AriaAttributes, type Key, type ReactNode } from 'react';
import { TableScroll } from './TableScroll';

/**
 * One column of a table: its heading and what it shows of each row (`cell`; none where the table's `row`
 * draws the rows), side by side so that the two cannot drift apart. `numeric` aligns the column's figures to the right; `rowHeader` makes its cells the row's
 * `<th scope="row">`; `sort` says how the table is sorted by it (its label is then a sort button).
 */
export interface Column<R> {
  label: ReactNode;
  cell?: (row: R) => ReactNode;
  numeric?: boolean;
  rowHeader?: boolean;
  sort?: AriaAttributes['aria-sort'];
}

/**
 * Every table of the app: it scrolls sideways on a phone (and takes the keyboard's focus for it), is
 * named by its caption, heads each column with a `<th scope="col">` and draws a row of `rows` by its
 * columns. `row` draws a whole row instead, for the rare row that is not a cell per column (one that
 * loads its own figures and spans columns while it does). With `empty`, no rows show that text instead.
 */
export function DataTable<R>({
  label,
  columns,
  rows,
  rowKey,
  row,
  empty,
  busy,
}: {
  label: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => Key;
  row?: (row: R) => ReactNode;
  empty?: ReactNode;
  busy?: boolean;
}) {
  const numeric = (column: Column<R>) => (column.numeric ? 'num' : undefined);
  if (empty !== undefined && rows.length === 0) return <p className="empty-state">{empty}</p>;
  return (
    <TableScroll label={label} busy={busy}>
      <table className="table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" aria-sort={column.sort} className={numeric(column)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((item, index) =>
            row ? (
              <Fragment key={rowKey(item, index)}>{row(item)}</Fragment>
            ) : (
              <tr key={rowKey(item, index)}>
                {columns.map((column, cell) =>
                  column.rowHeader ? (
                    <th key={cell} scope="row" className={numeric(column)}>
                      {column.cell?.(item)}
                    </th>
                  ) : (
                    <td key={cell} className={numeric(column)}>
                      {column.cell?.(item)}
                    </td>
                  ),
                )}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}

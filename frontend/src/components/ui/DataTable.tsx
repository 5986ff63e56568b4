import type { ReactNode } from 'react';
import { TableScroll } from './TableScroll';

/** A column's heading; `numeric` aligns the column's figures to the right. */
export type Column = ReactNode | { label: ReactNode; numeric?: boolean };

function isLabelled(column: Column): column is { label: ReactNode; numeric?: boolean } {
  return typeof column === 'object' && column !== null && 'label' in column;
}

/**
 * Every table of the app: it scrolls sideways on a phone (and takes the keyboard's focus for it), is
 * named by its caption, and heads each column with a `<th scope="col">`. The children are its rows.
 * `head` replaces the heading cells where a column needs more (a sort button).
 */
export function DataTable({
  label,
  columns = [],
  head,
  busy,
  children,
}: {
  label: string;
  columns?: Column[];
  head?: ReactNode;
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <TableScroll label={label} busy={busy}>
      <table className="table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {head ??
              columns.map((column, index) =>
                isLabelled(column) ? (
                  <th key={index} scope="col" className={column.numeric ? 'num' : undefined}>
                    {column.label}
                  </th>
                ) : (
                  <th key={index} scope="col">
                    {column}
                  </th>
                ),
              )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

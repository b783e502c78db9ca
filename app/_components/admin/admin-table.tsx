// The newsroom's list tables (articles, tokens, audit log): one card-framed
// table, so every list reads and scrolls the same way on a phone. A server
// component: cells are rendered here from plain functions, nothing ships to
// the browser.
import type { ReactNode } from "react";

export type AdminColumn<Row> = {
  /** Column heading; empty for an actions column. */
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Classes for the heading and its cells alike (e.g. "hidden md:table-cell" to drop a column on phones). */
  className?: string;
  /** Extra classes for the cells only. */
  cellClassName?: string;
};

export function AdminTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
}: {
  /** Names the table for screen readers (visually hidden: the page heading says it). */
  caption: string;
  columns: AdminColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** Shown in place of the rows when there are none. */
  empty: ReactNode;
}) {
  return (
    <div className="admin-card overflow-x-auto p-0">
      <table className="admin-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => (
                <td key={i} className={[c.className, c.cellClassName].filter(Boolean).join(" ") || undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="py-6 text-center text-zinc-500">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

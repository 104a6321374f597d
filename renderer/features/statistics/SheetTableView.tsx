import { useTranslation } from 'react-i18next';
import { cellFormatOf, formatCell, type SheetTable } from './sheet-table';

export type SheetTableViewProps = { table: SheetTable; caption?: boolean };

/** A statistics table as the page shows it; numbers right-aligned. */
export function SheetTableView({
  table,
  caption = false,
}: SheetTableViewProps) {
  const { i18n } = useTranslation();
  const numeric = table.columns.map((column) => column.format !== 'text');
  return (
    <div className="stats-table-wrap">
      <table className="data-table compact stats-table">
        {caption && <caption>{table.title}</caption>}
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={i} className={numeric[i] ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((cells, r) =>
            table.headingRows?.has(r) ? (
              <tr key={r} className="stats-heading-row">
                <th colSpan={table.columns.length}>{cells[0]}</th>
              </tr>
            ) : (
              <tr key={r}>
                {cells.map((cell, c) => (
                  <td key={c} className={numeric[c] ? 'num' : undefined}>
                    {formatCell(cell, cellFormatOf(table, r, c), i18n.language)}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

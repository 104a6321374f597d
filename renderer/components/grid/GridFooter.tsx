import { displayText, isNumeric } from './cell-format';
import type { GridColumn, GridFooterRow } from './types';

export type GridFooterProps<Row> = {
  footer: readonly GridFooterRow[];
  columns: readonly GridColumn<Row>[];
  /** aria-rowindex of the first footer row. */
  firstRowIndex: number;
  readOnly: boolean;
  locale: string;
};

/** Totals under the body, formatted like their columns; never editable. */
export function GridFooter<Row>(props: GridFooterProps<Row>) {
  const { columns, locale } = props;
  return (
    <tfoot>
      {props.footer.map((line, index) => (
        <tr
          key={line.id}
          role="row"
          aria-rowindex={props.firstRowIndex + index}
        >
          <th
            role="rowheader"
            scope="row"
            aria-colindex={1}
            className="data-grid-rownum"
          >
            {line.label}
          </th>
          {columns.map((column, col) => (
            <td
              key={column.key}
              role="gridcell"
              aria-colindex={col + 2}
              aria-readonly
              className={isNumeric(column) ? 'is-number' : undefined}
            >
              {displayText(column, line.values[column.key] ?? null, locale)}
            </td>
          ))}
          {!props.readOnly && (
            <td role="gridcell" aria-colindex={columns.length + 2} />
          )}
        </tr>
      ))}
    </tfoot>
  );
}

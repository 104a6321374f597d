import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { GridCell } from './GridCell';
import type { EditMode, GridColumn, GridErrorCode } from './types';
import type { RowMarks } from './use-data-grid';

export type GridRowProps<Row extends { id: string }> = {
  row: Row;
  index: number;
  columns: readonly GridColumn<Row>[];
  /** The active column when the active cell is in this row, else null. */
  activeCol: number | null;
  editing: EditMode | null;
  editError: GridErrorCode | null;
  marks: RowMarks | undefined;
  /** Keys of the cells being saved, joined by newlines to keep memo cheap. */
  pendingKeys: string;
  readOnly: boolean;
  /** Shows the remove button at the row's end. */
  removable: boolean;
  locale: string;
};

function GridRowView<Row extends { id: string }>(props: GridRowProps<Row>) {
  const { row, index, columns, activeCol, readOnly, removable } = props;
  const { t } = useTranslation();
  const pending = props.pendingKeys.split('\n');
  return (
    <tr role="row" aria-rowindex={index + 2}>
      <th
        role="rowheader"
        scope="row"
        aria-colindex={1}
        className="data-grid-rownum"
      >
        {index + 1}
      </th>
      {columns.map((column, col) => (
        <GridCell
          key={column.key}
          column={column}
          row={row}
          rowIndex={index}
          colIndex={col}
          active={activeCol === col}
          editing={activeCol === col ? props.editing : null}
          editError={activeCol === col ? props.editError : null}
          mark={props.marks?.[column.key]}
          pending={pending.includes(column.key)}
          readOnly={readOnly}
          locale={props.locale}
        />
      ))}
      {removable && (
        <td
          role="gridcell"
          aria-colindex={columns.length + 2}
          className="data-grid-actions"
        >
          <button
            type="button"
            className="icon-button"
            tabIndex={-1}
            data-remove-row={row.id}
            aria-label={t('grid.removeRow', { row: index + 1 })}
            title={t('grid.removeRow', { row: index + 1 })}
          >
            ×
          </button>
        </td>
      )}
    </tr>
  );
}

/** One body row; memoized so that editing one row leaves the others alone. */
export const GridRow = memo(GridRowView) as typeof GridRowView;

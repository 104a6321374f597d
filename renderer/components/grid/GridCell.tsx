import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CellInput } from './CellInput';
import { displayText, isNumeric, readCell } from './cell-format';
import { cellError, isEditable } from './cell-parse';
import { gridErrorMessage } from './messages';
import type { EditMode, GridColumn, GridErrorCode } from './types';
import { FOCUS_ATTRIBUTE } from './use-grid-focus';

export type GridCellProps<Row> = {
  column: GridColumn<Row>;
  row: Row;
  rowIndex: number;
  colIndex: number;
  active: boolean;
  /** Only set on the active cell, so that idle cells keep their memo. */
  editing: EditMode | null;
  editError: GridErrorCode | null;
  /** A refusal from the last paste or edit of this cell. */
  mark: GridErrorCode | undefined;
  pending: boolean;
  readOnly: boolean;
  locale: string;
};

function GridCellView<Row>(props: GridCellProps<Row>) {
  const { column, row, active, readOnly } = props;
  const { t } = useTranslation();
  const value = readCell(column, row);
  const display = displayText(column, value, props.locale);
  const error = props.mark ?? cellError(column, value, row);
  const editable = !readOnly && isEditable(column);
  const withInput = active && editable;
  const className = [
    'data-grid-cell',
    isNumeric(column) && 'is-number',
    active && 'is-active',
    props.editing && 'is-editing',
    error && 'is-invalid',
    props.pending && 'is-pending',
    !editable && 'is-readonly',
  ]
    .filter(Boolean)
    .join(' ');
  const focusable = active && !withInput;
  return (
    <td
      role="gridcell"
      className={className}
      aria-colindex={props.colIndex + 2}
      aria-selected={active || undefined}
      aria-invalid={error ? true : undefined}
      aria-readonly={editable ? undefined : true}
      aria-busy={props.pending || undefined}
      title={error ? gridErrorMessage(t, error, column) : undefined}
      tabIndex={focusable ? 0 : -1}
      data-row={props.rowIndex}
      data-col={props.colIndex}
      {...(focusable ? { [FOCUS_ATTRIBUTE]: '' } : {})}
    >
      {withInput ? (
        <CellInput
          column={column}
          value={value}
          display={display}
          mode={props.editing}
          invalid={props.editError !== null}
          label={column.header}
        />
      ) : (
        display
      )}
    </td>
  );
}

/** One cell, memoized: moving the active cell re-renders two cells only. */
export const GridCell = memo(GridCellView) as typeof GridCellView;

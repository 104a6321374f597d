import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GridFooter } from './GridFooter';
import { GridHeader } from './GridHeader';
import { GridRow } from './GridRow';
import type {
  CellChange,
  CellValue,
  EditableKey,
  GridColumn,
  GridFooterRow,
  NewRowValues,
} from './types';
import { FOCUS_ATTRIBUTE } from './use-grid-focus';
import { useDataGrid } from './use-data-grid';
import { useRowWindow } from './use-row-window';
import './DataGrid.css';

export type DataGridProps<Row extends { id: string }> = {
  /** Keep it stable (constant or useMemo): a new array re-renders all rows. */
  columns: readonly GridColumn<Row>[];
  rows: readonly Row[];
  /** One committed edit: Enter, Tab, leaving the cell, Delete, or a paste. */
  onCellChange: (
    rowId: string,
    columnKey: EditableKey<Row>,
    value: CellValue,
  ) => void;
  /** When given, a paste reports all its writes in one call instead. */
  onCellsChange?: (changes: CellChange<Row>[]) => void;
  /** Append one empty row; the grid moves to it once it arrives. */
  onAddRow: () => void;
  /** The caller removes the rows and offers undo. */
  onRemoveRows: (rowIds: string[]) => void;
  /** Rows a paste brings past the end; without it they are dropped. */
  onPasteRows?: (rows: NewRowValues<Row>[]) => void;
  caption?: string;
  'aria-label'?: string;
  /** Shown when there are no rows; a default hint otherwise. */
  emptyText?: string;
  footer?: readonly GridFooterRow[];
  readOnly?: boolean;
  /** The rows are given (the procedure's steps): cells edit, rows never come or go. */
  fixedRows?: boolean;
  /** Cells being saved, as `cellId(rowId, columnKey)`; they are dimmed. */
  pendingCellIds?: ReadonlySet<string>;
  className?: string;
};

const ROW_NUMBER_WIDTH = 48;
const ACTIONS_WIDTH = 36;
const DEFAULT_WIDTH = 120;
const NO_FOOTER: readonly GridFooterRow[] = [];

/** The id `pendingCellIds` uses for one cell. */
export function cellId(rowId: string, columnKey: string): string {
  return `${rowId}:${columnKey}`;
}

/**
 * The editable grid of every working table of an audit. Keys, mouse and
 * paste behave as in Excel or WPS, so a consultant can move a table over
 * without changing habits. The grid keeps no data: each edit goes to the
 * caller, which stores it and passes the new rows back.
 *
 * Up to a few hundred rows every row is rendered; longer tables (an option
 * register of thousands) render only the rows in view (use-row-window.ts).
 */
export function DataGrid<Row extends { id: string }>(
  props: DataGridProps<Row>,
) {
  const { columns, rows, readOnly = false, footer = NO_FOOTER } = props;
  const { t, i18n } = useTranslation();
  const { tableRef, pos, editing, editError, marks, status, handlers, addRow } =
    useDataGrid(props);
  const hintId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const slice = useRowWindow(scrollRef, rows.length, pos.row);
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const widths = columns.map((column) => column.width ?? DEFAULT_WIDTH);
  const rowActions = !readOnly && !props.fixedRows;
  const tableWidth =
    ROW_NUMBER_WIDTH +
    widths.reduce((sum, width) => sum + width, 0) +
    (rowActions ? ACTIONS_WIDTH : 0);
  const colCount = columns.length + (rowActions ? 2 : 1);
  const bodyRows = Math.max(rows.length, 1);
  const pending = props.pendingCellIds;
  const pendingKeys = (rowId: string) =>
    pending && pending.size > 0
      ? columns
          .filter((column) => pending.has(cellId(rowId, column.key)))
          .map((column) => column.key)
          .join('\n')
      : '';

  return (
    <div
      className={['data-grid', props.className].filter(Boolean).join(' ')}
      {...handlers}
    >
      <div
        className="data-grid-scroll"
        ref={scrollRef}
        onScroll={slice.onScroll}
      >
        <table
          ref={tableRef}
          role="grid"
          aria-label={props['aria-label']}
          aria-describedby={hintId}
          aria-rowcount={1 + bodyRows + footer.length}
          aria-colcount={colCount}
          aria-readonly={readOnly || undefined}
          style={{ width: tableWidth }}
        >
          {props.caption && <caption>{props.caption}</caption>}
          <colgroup>
            <col style={{ width: ROW_NUMBER_WIDTH }} />
            {columns.map((column, index) => (
              <col key={column.key} style={{ width: widths[index] }} />
            ))}
            {rowActions && <col style={{ width: ACTIONS_WIDTH }} />}
          </colgroup>
          <GridHeader columns={columns} readOnly={!rowActions} />
          <tbody>
            {rows.length === 0 ? (
              <tr role="row" aria-rowindex={2}>
                <td
                  role="gridcell"
                  aria-colindex={1}
                  colSpan={colCount}
                  className="data-grid-empty"
                  tabIndex={0}
                  {...{ [FOCUS_ATTRIBUTE]: '' }}
                >
                  {props.emptyText ?? t('grid.empty')}
                </td>
              </tr>
            ) : (
              <>
                {slice.padTop > 0 && (
                  <tr aria-hidden="true" style={{ height: slice.padTop }} />
                )}
                {rows.slice(slice.first, slice.last).map((row, offset) => {
                  const index = slice.first + offset;
                  const active = index === pos.row;
                  return (
                    <GridRow
                      key={row.id}
                      row={row}
                      index={index}
                      columns={columns}
                      activeCol={active ? pos.col : null}
                      editing={active ? editing : null}
                      editError={active ? editError : null}
                      marks={marks.get(row.id)}
                      pendingKeys={pendingKeys(row.id)}
                      readOnly={readOnly}
                      removable={rowActions}
                      locale={locale}
                    />
                  );
                })}
                {slice.padBottom > 0 && (
                  <tr aria-hidden="true" style={{ height: slice.padBottom }} />
                )}
              </>
            )}
          </tbody>
          {footer.length > 0 && (
            <GridFooter
              footer={footer}
              columns={columns}
              firstRowIndex={2 + bodyRows}
              readOnly={!rowActions}
              locale={locale}
            />
          )}
        </table>
      </div>
      <p id={hintId} className="visually-hidden">
        {t('grid.keyboardHint')}
      </p>
      <div className="data-grid-bar">
        {rowActions && (
          <button type="button" onClick={addRow}>
            {t('grid.addRow')}
          </button>
        )}
        <p className="data-grid-status" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}

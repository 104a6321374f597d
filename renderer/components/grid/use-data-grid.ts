import {
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type FocusEvent,
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { readCell } from './cell-format';
import { isEditable, parseCellInput } from './cell-parse';
import type { DataGridProps } from './DataGrid';
import { commandForKey, moveTarget, type GridCommand } from './keyboard';
import { pasteSummary, refusedMessage } from './messages';
import { parseTsv, planPaste, type PastePlan } from './paste';
import type {
  CellValue,
  EditableColumn,
  EditMode,
  GridErrorCode,
  GridPosition,
} from './types';
import { useGridFocus } from './use-grid-focus';

/** Refusals shown on cells of one row, by column key. */
export type RowMarks = Readonly<Record<string, GridErrorCode>>;

// The active cell follows its row by id, so it stays put when rows are
// added above; the index is the fallback when the row is gone (removed) or
// not there yet (just requested through onAddRow, which appends).
type ActiveCell = { rowId: string | null; row: number; col: number };

const NO_MARKS: ReadonlyMap<string, RowMarks> = new Map();

function clamp(value: number, count: number): number {
  return Math.min(Math.max(value, 0), Math.max(count - 1, 0));
}

function same(a: CellValue, b: CellValue): boolean {
  return (a === '' ? null : a) === (b === '' ? null : b);
}

function draftOf(node: HTMLElement | null): string {
  return node instanceof HTMLInputElement || node instanceof HTMLSelectElement
    ? node.value
    : '';
}

/** State and events of `DataGrid`, delegated from one wrapper element. */
export function useDataGrid<Row extends { id: string }>(
  props: DataGridProps<Row>,
) {
  const { columns, rows, readOnly = false } = props;
  const { t } = useTranslation();
  const [active, setActive] = useState<ActiveCell>({
    rowId: null,
    row: 0,
    col: 0,
  });
  const [editing, setEditing] = useState<EditMode | null>(null);
  const [editError, setEditError] = useState<GridErrorCode | null>(null);
  const [marks, setMarks] = useState(NO_MARKS);
  const [status, setStatus] = useState('');
  const session = useRef(false);
  const focus = useGridFocus(editing);

  const indexById = useMemo(
    () => new Map(rows.map((row, index) => [row.id, index])),
    [rows],
  );
  const known = active.rowId === null ? undefined : indexById.get(active.rowId);
  const pos: GridPosition = {
    row: known ?? clamp(active.row, rows.length),
    col: clamp(active.col, columns.length),
  };
  const activeRow = rows[pos.row];
  const activeColumn = columns[pos.col];
  const size = { rows: rows.length, cols: columns.length };

  const setMark = (rowId: string, key: string, code: GridErrorCode | null) => {
    setMarks((all) => {
      const { [key]: previous, ...rest } = all.get(rowId) ?? {};
      if (previous === (code ?? undefined)) return all;
      const next = new Map(all);
      next.set(rowId, code === null ? rest : { ...rest, [key]: code });
      return next;
    });
  };

  const endEdit = () => {
    session.current = false;
    setEditing(null);
    setEditError(null);
  };

  const moveTo = (next: GridPosition) => {
    setActive({
      rowId: rows[next.row]?.id ?? null,
      row: next.row,
      col: next.col,
    });
    endEdit();
    focus.request();
  };

  const write = (row: Row, column: EditableColumn<Row>, value: CellValue) => {
    setMark(row.id, column.key, null);
    if (!same(readCell(column, row), value)) {
      props.onCellChange(row.id, column.key, value);
    }
  };

  /** Writes the editor's text to the active cell, or says why it cannot. */
  const commitDraft = (text: string): GridErrorCode | null => {
    if (!activeRow || !activeColumn || !isEditable(activeColumn)) return null;
    const parsed = parseCellInput(activeColumn, text, { allowPrefix: true });
    if (!parsed.ok) {
      setEditError(parsed.code);
      setStatus(refusedMessage(t, parsed.code, activeColumn));
      return parsed.code;
    }
    write(activeRow, activeColumn, parsed.value);
    setStatus('');
    return null;
  };

  // Leaving a cell (a click elsewhere, focus leaving the grid) cannot keep
  // the user in a refused edit the way Enter does, so the text is dropped
  // and the cell marked until the next successful write. The draft is read
  // by the caller while the editor still exists.
  const leaveEdit = (draft: string) => {
    if (!session.current) return;
    const code = commitDraft(draft);
    if (code !== null && activeRow && activeColumn) {
      setMark(activeRow.id, activeColumn.key, code);
    }
    endEdit();
  };

  const beginEdit = (mode: EditMode) => {
    if (readOnly || !activeRow || !activeColumn) return;
    if (!isEditable(activeColumn)) {
      setStatus(refusedMessage(t, 'read-only', activeColumn));
      return;
    }
    session.current = true;
    setEditing(mode);
  };

  const addRow = () => {
    if (readOnly || props.fixedRows) return;
    props.onAddRow();
    const col = Math.max(
      columns.findIndex((c) => isEditable(c)),
      0,
    );
    setActive({ rowId: null, row: rows.length, col });
    endEdit();
    focus.request();
  };

  const removeRow = (rowId: string) => {
    if (readOnly || props.fixedRows) return;
    if (rowId === activeRow?.id) {
      setActive({ rowId: null, row: pos.row, col: pos.col });
      endEdit();
    }
    focus.request();
    props.onRemoveRows([rowId]);
  };

  const clear = () => {
    if (readOnly || !activeRow || !activeColumn) return;
    if (!isEditable(activeColumn)) {
      setStatus(refusedMessage(t, 'read-only', activeColumn));
      return;
    }
    const cleared = parseCellInput(activeColumn, '');
    if (cleared.ok) write(activeRow, activeColumn, cleared.value);
  };

  /** Runs a command; false leaves the key to the browser. */
  const run = (command: GridCommand, target: HTMLElement): boolean => {
    if (command.kind === 'add-row') {
      if (editing && commitDraft(draftOf(target)) !== null) return true;
      addRow();
      return !readOnly;
    }
    if (!activeRow) return false;
    switch (command.kind) {
      case 'move': {
        const next = moveTarget(pos, command.to, size);
        if (next) moveTo(next);
        return next !== null;
      }
      case 'commit': {
        if (commitDraft(draftOf(target)) !== null) return true;
        const next = moveTarget(pos, command.then, size);
        if (next) moveTo(next);
        else endEdit();
        return next !== null;
      }
      case 'edit':
        beginEdit('edit');
        return true;
      case 'cancel':
        endEdit();
        setStatus('');
        return true;
      case 'clear':
        clear();
        return true;
      case 'remove-row':
        removeRow(activeRow.id);
        return true;
    }
  };

  const applyPaste = (plan: PastePlan<Row>) => {
    const changes = plan.changes.filter((change) => {
      const row = rows[indexById.get(change.rowId) ?? -1];
      const column = columns.find((c) => c.key === change.columnKey);
      return !row || !column || !same(readCell(column, row), change.value);
    });
    if (props.onCellsChange) {
      if (changes.length > 0) props.onCellsChange(changes);
    } else {
      for (const change of changes) {
        props.onCellChange(change.rowId, change.columnKey, change.value);
      }
    }
    if (plan.newRows.length > 0) props.onPasteRows?.(plan.newRows);
    // Refused cells of rows the paste creates are counted in the summary
    // but not marked: those rows exist only once the caller has added them.
    const next = new Map<string, Record<string, GridErrorCode>>();
    for (const issue of plan.issues) {
      const rowId = rows[issue.row]?.id;
      const key = columns[issue.col]?.key;
      if (rowId === undefined || key === undefined) continue;
      next.set(rowId, { ...next.get(rowId), [key]: issue.code });
    }
    setMarks(next);
    setStatus(pasteSummary(t, plan, columns));
  };

  const handlers = {
    onKeyDown(event: KeyboardEvent) {
      const { target } = event;
      if (!focus.isTarget(target)) return;
      // Keys that an input method is composing with belong to it: Enter
      // there picks a candidate, it does not commit the cell.
      if (event.nativeEvent.isComposing || event.keyCode === 229) return;
      const command = commandForKey(event, editing);
      if (command && run(command, target)) event.preventDefault();
    },

    onMouseDown(event: MouseEvent) {
      const element = event.target as Element;
      if (element.closest('[data-remove-row]')) {
        // Keeps focus on the active cell; the click still removes the row.
        event.preventDefault();
        return;
      }
      const cell = element.closest<HTMLElement>('td[data-col]');
      if (!cell || !focus.tableRef.current?.contains(cell)) return;
      const next = {
        row: Number(cell.dataset.row),
        col: Number(cell.dataset.col),
      };
      if (editing && next.row === pos.row && next.col === pos.col) return;
      event.preventDefault();
      leaveEdit(draftOf(focus.target()));
      moveTo(next);
    },

    onDoubleClick(event: MouseEvent) {
      if (!editing && focus.isTarget(event.target)) beginEdit('edit');
    },

    onClick(event: MouseEvent) {
      const button = (event.target as Element).closest<HTMLElement>(
        '[data-remove-row]',
      );
      const rowId = button?.dataset.removeRow;
      if (rowId !== undefined) removeRow(rowId);
    },

    // A change in the idle editor is the first keystroke (or IME
    // composition) of a new entry, which replaces the cell's content.
    onChange(event: FormEvent) {
      const { target } = event;
      if (readOnly || !focus.isTarget(target)) return;
      if (target instanceof HTMLSelectElement) {
        if (commitDraft(target.value) === null) endEdit();
        return;
      }
      if (!editing) beginEdit('replace');
      else if (editError) setEditError(null);
    },

    // Paste only: there is no range selection yet, so a copy takes just the
    // active cell's text (the browser copies the idle editor's selection).
    // Copying a block out of the grid needs a selection model first.
    onPaste(event: ClipboardEvent) {
      if (readOnly || !focus.isTarget(event.target)) return;
      const text = event.clipboardData.getData('text/plain');
      // A single value pasted while editing goes into the editor's text.
      if (editing && !/[\t\r\n]/.test(text)) return;
      event.preventDefault();
      endEdit();
      const block = parseTsv(text);
      if (block.length === 0) return;
      const canAddRows = props.onPasteRows !== undefined;
      const anchor = activeRow ? pos : { row: 0, col: 0 };
      const rowIds = rows.map((row) => row.id);
      applyPaste(planPaste(block, { columns, rowIds, anchor, canAddRows }));
    },

    onFocus: focus.onFocus,
    onBlur(event: FocusEvent) {
      const editor = focus.isTarget(event.target) ? event.target : null;
      const draft = draftOf(editor);
      focus.onBlur(event, () => {
        if (editor) leaveEdit(draft);
      });
    },
  };

  return {
    tableRef: focus.tableRef,
    pos,
    editing,
    editError,
    marks,
    status,
    handlers,
    addRow,
  };
}

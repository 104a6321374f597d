import type { EditMode, GridPosition } from './types';

export type MoveTarget =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'next'
  | 'previous'
  | 'row-start'
  | 'row-end'
  | 'column-start'
  | 'column-end'
  | 'grid-start'
  | 'grid-end'
  | 'page-up'
  | 'page-down';

export type GridCommand =
  | { kind: 'move'; to: MoveTarget }
  | { kind: 'edit' }
  | { kind: 'commit'; then: MoveTarget }
  | { kind: 'cancel' }
  | { kind: 'clear' }
  | { kind: 'add-row' }
  | { kind: 'remove-row' };

export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

const PAGE_ROWS = 10;

const ARROWS: Readonly<Record<string, MoveTarget>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

const JUMPS: Readonly<Record<string, MoveTarget>> = {
  ArrowUp: 'column-start',
  ArrowDown: 'column-end',
  ArrowLeft: 'row-start',
  ArrowRight: 'row-end',
  Home: 'grid-start',
  End: 'grid-end',
};

const NAVIGATION: Readonly<Record<string, MoveTarget>> = {
  ...ARROWS,
  Home: 'row-start',
  End: 'row-end',
  PageUp: 'page-up',
  PageDown: 'page-down',
};

/**
 * What a key press means, given how the active cell is being edited; null
 * leaves the key to the browser. Ctrl and Cmd are one modifier so the same
 * keys work on Windows and macOS.
 */
export function commandForKey(
  press: KeyPress,
  editing: EditMode | null,
): GridCommand | null {
  const mod = press.ctrlKey || press.metaKey;
  if (press.altKey) return null;
  if (press.key === 'Enter' && mod) return { kind: 'add-row' };
  if (press.key === 'Tab' && !mod) {
    const then = press.shiftKey ? 'previous' : 'next';
    return editing ? { kind: 'commit', then } : { kind: 'move', to: then };
  }
  return editing
    ? editingCommand(press, editing, mod)
    : navigationCommand(press, mod);
}

function navigationCommand(press: KeyPress, mod: boolean): GridCommand | null {
  const { key } = press;
  if (key === 'Delete' || key === 'Backspace') {
    return { kind: mod ? 'remove-row' : 'clear' };
  }
  if (mod) {
    const jump = JUMPS[key];
    return jump ? { kind: 'move', to: jump } : null;
  }
  if (key === 'Enter' || key === 'F2') return { kind: 'edit' };
  const to = NAVIGATION[key];
  return to ? { kind: 'move', to } : null;
}

// In 'replace' mode, as in a spreadsheet, arrows finish the entry and move;
// in 'edit' mode they move the caret inside the text.
function editingCommand(
  press: KeyPress,
  editing: EditMode,
  mod: boolean,
): GridCommand | null {
  if (mod) return null;
  if (press.key === 'Escape') return { kind: 'cancel' };
  if (press.key === 'Enter') {
    return { kind: 'commit', then: press.shiftKey ? 'up' : 'down' };
  }
  const arrow = ARROWS[press.key];
  return editing === 'replace' && arrow
    ? { kind: 'commit', then: arrow }
    : null;
}

export type GridSize = { rows: number; cols: number };

/**
 * Where a move lands. Arrows stop at the edges; Tab wraps to the next or
 * previous row and returns null past the last or first cell, so focus can
 * leave the grid the usual way.
 */
export function moveTarget(
  from: GridPosition,
  to: MoveTarget,
  size: GridSize,
): GridPosition | null {
  const lastRow = Math.max(size.rows - 1, 0);
  const lastCol = Math.max(size.cols - 1, 0);
  const clampRow = (row: number) => Math.min(Math.max(row, 0), lastRow);
  const clampCol = (col: number) => Math.min(Math.max(col, 0), lastCol);
  switch (to) {
    case 'up':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'down':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'left':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'right':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'page-up':
      return { row: clampRow(from.row - PAGE_ROWS), col: from.col };
    case 'page-down':
      return { row: clampRow(from.row + PAGE_ROWS), col: from.col };
    case 'row-start':
      return { row: from.row, col: 0 };
    case 'row-end':
      return { row: from.row, col: lastCol };
    case 'column-start':
      return { row: 0, col: from.col };
    case 'column-end':
      return { row: lastRow, col: from.col };
    case 'grid-start':
      return { row: 0, col: 0 };
    case 'grid-end':
      return { row: lastRow, col: lastCol };
    case 'next':
      if (from.col < lastCol) return { row: from.row, col: from.col + 1 };
      return from.row < lastRow ? { row: from.row + 1, col: 0 } : null;
    case 'previous':
      if (from.col > 0) return { row: from.row, col: from.col - 1 };
      return from.row > 0 ? { row: from.row - 1, col: lastCol } : null;
  }
}

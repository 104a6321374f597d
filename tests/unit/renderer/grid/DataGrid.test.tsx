// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  activePosition,
  cell,
  focused,
  initGridI18n,
  press,
  renderGrid,
  select,
  threeRows,
  type,
} from './harness';

beforeAll(initGridI18n);
afterEach(cleanup);

describe('DataGrid keyboard', () => {
  it('moves the active cell with the arrow keys', () => {
    renderGrid(threeRows());
    select(0, 0);
    press('ArrowRight');
    expect(activePosition()).toEqual({ row: 0, col: 1 });
    press('ArrowDown');
    expect(activePosition()).toEqual({ row: 1, col: 1 });
    press('ArrowLeft');
    press('ArrowUp');
    expect(activePosition()).toEqual({ row: 0, col: 0 });
  });

  it('keeps focus inside the active cell as it moves', () => {
    renderGrid(threeRows());
    select(0, 0);
    press('ArrowDown');
    expect(cell(1, 0).contains(focused())).toBe(true);
  });

  it('goes to the first and last column on Home and End', () => {
    renderGrid(threeRows());
    select(1, 2);
    press('End');
    expect(activePosition()).toEqual({ row: 1, col: 4 });
    press('Home');
    expect(activePosition()).toEqual({ row: 1, col: 0 });
  });

  it('commits a parsed number on Enter and moves down', () => {
    const calls = renderGrid(threeRows());
    select(0, 2);
    press('Enter');
    type('1,234.5 kWh');
    press('Enter');
    expect(calls.onCellChange).toHaveBeenCalledExactlyOnceWith(
      'row-1',
      'electricityKwh',
      1234.5,
    );
    expect(activePosition()).toEqual({ row: 1, col: 2 });
  });

  it('shows the committed number formatted with the column decimals', () => {
    renderGrid(threeRows());
    select(1, 2);
    type('１２３４．５');
    press('Enter');
    expect(cell(1, 2).textContent).toBe('1,234.5');
  });

  it('replaces the content when typing starts in an idle cell', () => {
    const calls = renderGrid(threeRows());
    select(0, 0);
    type('煤');
    press('Tab');
    expect(calls.onCellChange).toHaveBeenCalledExactlyOnceWith(
      'row-1',
      'material',
      '煤',
    );
  });

  it('wraps Tab from the last column to the next row', () => {
    renderGrid(threeRows());
    select(0, 4);
    press('Tab');
    expect(activePosition()).toEqual({ row: 1, col: 0 });
  });

  it('wraps Shift+Tab to the last cell of the previous row', () => {
    renderGrid(threeRows());
    select(1, 0);
    press('Tab', { shiftKey: true });
    expect(activePosition()).toEqual({ row: 0, col: 4 });
  });

  it('cancels an edit on Escape without writing and restores the text', () => {
    const calls = renderGrid(threeRows());
    select(0, 2);
    press('F2');
    type('999');
    press('Escape');
    expect(calls.onCellChange).not.toHaveBeenCalled();
    expect((focused() as HTMLInputElement).value).toBe('1,200.0');
  });

  it('keeps a refused entry open and announces the reason', () => {
    const calls = renderGrid(threeRows());
    select(0, 2);
    type('3 t');
    press('Enter');
    expect(calls.onCellChange).not.toHaveBeenCalled();
    expect(focused().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('单位');
  });

  it('clears an idle cell on Delete', () => {
    const calls = renderGrid(threeRows());
    select(0, 2);
    press('Delete');
    expect(calls.onCellChange).toHaveBeenCalledExactlyOnceWith(
      'row-1',
      'electricityKwh',
      null,
    );
  });

  it('does not edit a computed cell', () => {
    const calls = renderGrid(threeRows());
    select(0, 4);
    press('Delete');
    press('Enter');
    expect(calls.onCellChange).not.toHaveBeenCalled();
    expect(cell(0, 4).querySelector('input')).toBeNull();
  });

  it('commits a select cell typed as a unique label prefix', () => {
    const calls = renderGrid(threeRows());
    select(0, 1);
    type('涂装');
    press('Enter');
    expect(calls.onCellChange).toHaveBeenCalledExactlyOnceWith(
      'row-1',
      'workshop',
      'paint',
    );
  });
});

describe('DataGrid rows', () => {
  it('adds a row on Ctrl+Enter and moves to its first editable cell', () => {
    const calls = renderGrid(threeRows());
    select(1, 2);
    press('Enter', { ctrlKey: true });
    expect(calls.onAddRow).toHaveBeenCalledOnce();
    expect(activePosition()).toEqual({ row: 3, col: 0 });
  });

  it('adds a row from the add button', () => {
    const calls = renderGrid(threeRows());
    fireEvent.click(screen.getByRole('button', { name: '添加行' }));
    expect(calls.onAddRow).toHaveBeenCalledOnce();
    expect(screen.getAllByRole('row')).toHaveLength(5);
  });

  it('reports the active row for removal on Ctrl+Delete', () => {
    const calls = renderGrid(threeRows());
    select(1, 0);
    press('Delete', { ctrlKey: true });
    expect(calls.onRemoveRows).toHaveBeenCalledExactlyOnceWith(['row-2']);
  });

  it('reports a row for removal from its remove button', () => {
    const calls = renderGrid(threeRows());
    fireEvent.click(screen.getByRole('button', { name: '删除第 3 行' }));
    expect(calls.onRemoveRows).toHaveBeenCalledExactlyOnceWith(['row-3']);
  });

  it('keeps the active cell at the same place after its row is removed', () => {
    renderGrid(threeRows());
    select(1, 3);
    press('Delete', { ctrlKey: true });
    expect(activePosition()).toEqual({ row: 1, col: 3 });
    expect(cell(1, 0).textContent).toBe('蒸汽');
  });
});

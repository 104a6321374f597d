// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  cell,
  focused,
  initGridI18n,
  renderGrid,
  press,
  select,
  threeRows,
} from './harness';

beforeAll(initGridI18n);
afterEach(cleanup);

/** Pastes text into the focused element; false when the grid handled it. */
function paste(text: string): boolean {
  return fireEvent.paste(focused(), {
    clipboardData: { getData: () => text },
  });
}

// Electricity and water of three rows, as Excel copies them; row 2 carries
// 万kWh into the kWh column.
const BLOCK = '100\t10\r\n12 万kWh\t20\r\n300\t30\r\n';

describe('DataGrid paste', () => {
  it('writes the valid cells of a block and refuses the unit mismatch', () => {
    const calls = renderGrid(threeRows());
    select(0, 2);
    paste(BLOCK);
    expect(calls.onCellChange.mock.calls).toEqual([
      ['row-1', 'electricityKwh', 100],
      ['row-1', 'waterM3', 10],
      ['row-2', 'waterM3', 20],
      ['row-3', 'electricityKwh', 300],
      ['row-3', 'waterM3', 30],
    ]);
  });

  it('marks the refused cell invalid with the reason in its title', () => {
    renderGrid(threeRows());
    select(0, 2);
    paste(BLOCK);
    expect(cell(1, 2).getAttribute('aria-invalid')).toBe('true');
    expect(cell(1, 2).title).toContain('kWh');
  });

  it('announces how many cells were written and how many refused', () => {
    renderGrid(threeRows());
    select(0, 2);
    paste(BLOCK);
    expect(screen.getByRole('status').textContent).toContain(
      '粘贴了 5 个单元格，1 个无效未写入。',
    );
  });

  it('sends all writes in one call when onCellsChange is given', () => {
    const onCellsChange = vi.fn();
    const calls = renderGrid(threeRows(), { onCellsChange });
    select(0, 2);
    paste(BLOCK);
    expect(onCellsChange).toHaveBeenCalledOnce();
    expect(onCellsChange.mock.calls[0]?.[0]).toHaveLength(5);
    expect(calls.onCellChange).not.toHaveBeenCalled();
  });

  it('hands rows past the end to onPasteRows', () => {
    const onPasteRows = vi.fn();
    renderGrid(threeRows(), { onPasteRows });
    select(2, 0);
    paste('煤\r\n天然气\r\n柴油\r\n');
    expect(onPasteRows).toHaveBeenCalledExactlyOnceWith([
      { material: '天然气' },
      { material: '柴油' },
    ]);
  });

  it('drops rows past the end without onPasteRows and says so', () => {
    const calls = renderGrid(threeRows());
    select(2, 0);
    paste('煤\r\n天然气\r\n');
    expect(calls.onCellChange).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toContain('1 行未粘贴');
  });

  it('leaves a single value pasted during an edit to the editor', () => {
    const calls = renderGrid(threeRows());
    select(0, 0);
    press('F2');
    expect(paste('蒸汽')).toBe(true);
    expect(calls.onCellChange).not.toHaveBeenCalled();
  });

  it('pastes into an empty grid through onPasteRows', () => {
    const onPasteRows = vi.fn();
    renderGrid([], { onPasteRows });
    screen.getByText(/暂无数据/).focus();
    paste('电\t\t1,200\r\n');
    expect(onPasteRows).toHaveBeenCalledExactlyOnceWith([
      { material: '电', workshop: null, electricityKwh: 1200 },
    ]);
  });

  it('clears earlier refusal marks on the next paste', () => {
    renderGrid(threeRows());
    select(0, 2);
    paste(BLOCK);
    select(0, 0);
    paste('煤');
    expect(cell(1, 2).getAttribute('aria-invalid')).toBeNull();
  });
});

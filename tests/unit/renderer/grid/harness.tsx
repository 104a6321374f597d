import { fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { useState } from 'react';
import { initReactI18next } from 'react-i18next';
import { vi } from 'vitest';
import { DataGrid, type DataGridProps } from '@renderer/components/grid';
import { resources } from '@shared/i18n';
import {
  consumptionColumns,
  consumptionRow,
  type ConsumptionRow,
} from './fixtures';

export async function initGridI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
}

type Extra = Partial<DataGridProps<ConsumptionRow>>;

/**
 * Holds rows the way a feature does (write-through, then new rows back) and
 * records every callback, so tests see both the calls and the result.
 */
export function renderGrid(initial: ConsumptionRow[], extra: Extra = {}) {
  const calls = {
    onCellChange: vi.fn(),
    onAddRow: vi.fn(),
    onRemoveRows: vi.fn(),
  };
  function Harness() {
    const [rows, setRows] = useState(initial);
    return (
      <DataGrid
        aria-label="三年消耗"
        columns={consumptionColumns}
        rows={rows}
        onCellChange={(rowId, key, value) => {
          calls.onCellChange(rowId, key, value);
          setRows((all) =>
            all.map((row) =>
              row.id === rowId ? { ...row, [key]: value } : row,
            ),
          );
        }}
        onAddRow={() => {
          calls.onAddRow();
          setRows((all) => [
            ...all,
            consumptionRow({ id: `row-${all.length + 1}`, material: '' }),
          ]);
        }}
        onRemoveRows={(ids) => {
          calls.onRemoveRows(ids);
          setRows((all) => all.filter((row) => !ids.includes(row.id)));
        }}
        {...extra}
      />
    );
  }
  render(<Harness />);
  return calls;
}

/** Three rows of the consumption table, ids row-1 … row-3. */
export function threeRows(): ConsumptionRow[] {
  return [
    consumptionRow({ id: 'row-1', material: '电', electricityKwh: 1200 }),
    consumptionRow({ id: 'row-2', material: '水', waterM3: 40 }),
    consumptionRow({ id: 'row-3', material: '蒸汽' }),
  ];
}

/** The body cell at a 0-based row and column of the data columns. */
export function cell(row: number, col: number): HTMLElement {
  const grid = screen.getByRole('grid');
  const found = grid.querySelector<HTMLElement>(
    `tbody tr[aria-rowindex="${row + 2}"] [aria-colindex="${col + 2}"]`,
  );
  if (!found) throw new Error(`no cell ${row},${col}`);
  return found;
}

/** Where the active cell is, read from aria-selected. */
export function activePosition(): { row: number; col: number } {
  const active = screen
    .getAllByRole('gridcell')
    .filter((element) => element.getAttribute('aria-selected') === 'true');
  if (active.length !== 1) throw new Error(`${active.length} active cells`);
  const td = active[0] as HTMLElement;
  const row = Number(td.closest('tr')?.getAttribute('aria-rowindex')) - 2;
  return { row, col: Number(td.getAttribute('aria-colindex')) - 2 };
}

export function focused(): HTMLElement {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement)) throw new Error('nothing focused');
  return element;
}

export function press(key: string, init: KeyboardEventInit = {}): void {
  fireEvent.keyDown(focused(), { key, ...init });
}

export function select(row: number, col: number): void {
  fireEvent.mouseDown(cell(row, col));
}

export function type(text: string): void {
  fireEvent.change(focused(), { target: { value: text } });
}

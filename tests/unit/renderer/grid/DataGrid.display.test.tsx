// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cellId, DataGrid, type GridColumn } from '@renderer/components/grid';
import {
  consumptionColumns,
  consumptionRow,
  type ConsumptionRow,
} from './fixtures';
import {
  activePosition,
  cell,
  initGridI18n,
  press,
  renderGrid,
  select,
  threeRows,
  type,
} from './harness';

beforeAll(initGridI18n);
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('zh-CN');
});

const noop = () => undefined;

describe('DataGrid display', () => {
  it('shows the unit in full-width parentheses in the zh-CN header', () => {
    renderGrid(threeRows());
    const headers = screen
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toContain('用电量（kWh）');
    expect(headers).toContain('用水量（m³）');
  });

  it('shows the unit in ASCII parentheses in the English header', async () => {
    await i18next.changeLanguage('en');
    renderGrid(threeRows());
    expect(
      screen.getByRole('columnheader', { name: '用电量 (kWh)' }),
    ).toBeDefined();
  });

  it('formats numbers with grouping and the column decimals', () => {
    renderGrid([consumptionRow({ electricityKwh: 1234567.25 })]);
    expect(cell(0, 2).textContent).toBe('1,234,567.3');
  });

  it('right-aligns number cells', () => {
    renderGrid(threeRows());
    expect(cell(0, 2).classList.contains('is-number')).toBe(true);
    expect(cell(0, 0).classList.contains('is-number')).toBe(false);
  });

  it('shows a select value by its label', () => {
    renderGrid([consumptionRow({ workshop: 'weld' })]);
    expect(cell(0, 1).textContent).toBe('焊接车间');
  });

  it('shows the empty text when there are no rows', () => {
    renderGrid([], { emptyText: '尚未录入物料。' });
    expect(screen.getByRole('gridcell').textContent).toBe('尚未录入物料。');
  });

  it('marks a value that fails validate with the translated reason', () => {
    const columns: GridColumn<ConsumptionRow>[] = [
      {
        kind: 'text',
        key: 'material',
        header: '物料',
        validate: (value) => (value ? null : 'required'),
      },
    ];
    renderGrid([consumptionRow({ material: '' })], { columns });
    expect(cell(0, 0).getAttribute('aria-invalid')).toBe('true');
    expect(cell(0, 0).title).toBe('必填。');
  });

  it('dims the cells being saved', () => {
    renderGrid(threeRows(), {
      pendingCellIds: new Set([cellId('row-2', 'waterM3')]),
    });
    expect(cell(1, 3).classList.contains('is-pending')).toBe(true);
    expect(cell(1, 2).classList.contains('is-pending')).toBe(false);
  });

  it('renders footer totals formatted like their column', () => {
    renderGrid(threeRows(), {
      footer: [
        { id: 'total', label: '合计', values: { electricityKwh: 3600 } },
      ],
    });
    const total = screen.getByRole('rowheader', { name: '合计' });
    const row = total.closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('gridcell')[2]?.textContent).toBe(
      '3,600.0',
    );
  });
});

describe('DataGrid accessibility', () => {
  it('has exactly one tab stop inside the grid', () => {
    renderGrid(threeRows());
    select(2, 3);
    const grid = screen.getByRole('grid');
    const stops = [...grid.querySelectorAll<HTMLElement>('*')].filter(
      (element) =>
        element.tabIndex >= 0 &&
        (element.matches('input, select, button') ||
          element.hasAttribute('tabindex')),
    );
    expect(stops).toHaveLength(1);
  });

  it('numbers rows and columns with aria-rowindex and aria-colindex', () => {
    renderGrid(threeRows());
    const target = cell(2, 3);
    expect(target.getAttribute('aria-colindex')).toBe('5');
    expect(target.closest('tr')?.getAttribute('aria-rowindex')).toBe('4');
  });

  it('offers no editing, adding or removing when read-only', () => {
    const calls = renderGrid(threeRows(), { readOnly: true });
    select(0, 2);
    press('Delete');
    expect(calls.onCellChange).not.toHaveBeenCalled();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('grid').querySelector('input')).toBeNull();
  });
});

describe('DataGrid rendering', () => {
  function bigTable() {
    const compute = vi.fn((row: ConsumptionRow) => row.electricityKwh);
    const columns: GridColumn<ConsumptionRow>[] = [
      ...consumptionColumns.slice(0, 4),
      { kind: 'computed', key: 'spy', header: '单耗', compute },
    ];
    const rows = Array.from({ length: 300 }, (_, index) =>
      consumptionRow({ id: `row-${index + 1}`, electricityKwh: index }),
    );
    return { compute, columns, rows };
  }

  it('re-renders no idle cell when the active cell moves between rows', () => {
    const { compute, columns, rows } = bigTable();
    render(
      <DataGrid
        columns={columns}
        rows={rows}
        onCellChange={noop}
        onAddRow={noop}
        onRemoveRows={noop}
      />,
    );
    select(0, 2);
    compute.mockClear();
    press('ArrowDown');
    press('ArrowDown');
    expect(activePosition()).toEqual({ row: 2, col: 2 });
    expect(compute).not.toHaveBeenCalled();
  });

  it('recomputes only the edited row of 300 after a commit', () => {
    const { compute, columns, rows } = bigTable();
    renderGrid(rows, { columns });
    select(5, 2);
    compute.mockClear();
    type('42');
    press('Enter');
    expect(compute.mock.calls.map(([row]) => row.id)).toEqual(['row-6']);
  });
});

// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WINDOW_THRESHOLD } from '@renderer/components/grid/use-row-window';
import { consumptionRow } from './fixtures';
import {
  activePosition,
  cell,
  focused,
  initGridI18n,
  press,
  renderGrid,
  select,
  threeRows,
} from './harness';

beforeAll(initGridI18n);
afterEach(cleanup);

function manyRows(count: number) {
  return Array.from({ length: count }, (_, i) =>
    consumptionRow({ id: `row-${i + 1}`, material: `物料 ${i + 1}` }),
  );
}

const bodyRows = () =>
  screen.getByRole('grid').querySelectorAll('tbody tr[aria-rowindex]').length;

describe('DataGrid with many rows', () => {
  it('renders every row of a short table', () => {
    renderGrid(threeRows());
    expect(bodyRows()).toBe(3);
  });

  it('renders only a window of a 2,000-row table, with the full row count announced', () => {
    renderGrid(manyRows(2000));
    expect(bodyRows()).toBeGreaterThan(10);
    expect(bodyRows()).toBeLessThan(WINDOW_THRESHOLD);
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe(
      String(1 + 2000),
    );
  });

  it('brings the last row into the window when the keyboard goes there', () => {
    renderGrid(manyRows(2000));
    select(0, 0);
    press('ArrowDown', { ctrlKey: true });
    expect(activePosition()).toEqual({ row: 1999, col: 0 });
    const row = cell(1999, 0).closest('tr');
    expect(row?.querySelector('th')?.textContent).toBe('2000');
    expect(cell(1999, 0).contains(focused())).toBe(true);
  });
});

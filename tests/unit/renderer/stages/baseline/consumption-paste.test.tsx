// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataGrid, type CellChange } from '@renderer/components/grid';
import { baselineView } from '@renderer/features/stages/stage2/baseline/baseline-view';
import {
  CONSUMPTION_YEAR_FIELDS,
  consumptionColumns,
  type ConsumptionRow,
} from '@renderer/features/stages/stage2/baseline/consumption-columns';
import type { ConsumptionItem } from '@shared/model/baseline';
import { cell, focused, initGridI18n, select } from '../../grid/harness';
import { boards, item } from './fixtures';

beforeAll(initGridI18n);
afterEach(cleanup);

const YEARS = [2023, 2024, 2025] as const;
// category, name, unit, carrier, then the three years.
const FIRST_YEAR_COL = 4;

/**
 * Stores rows the way the audit table does: each change of a paste is
 * patched onto the row as the change before left it, and the grid gets the
 * stored rows back through the view.
 */
function Harness({ initial }: { initial: ConsumptionItem[] }) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(initial);
  const view = useMemo(
    () =>
      baselineView<'consumptionItems'>({
        years: YEARS,
        yearFields: CONSUMPTION_YEAR_FIELDS,
      }),
    [],
  );
  const columns = useMemo(
    () =>
      consumptionColumns({
        t,
        language: 'zh-CN',
        years: YEARS,
        products: boards(),
      }),
    [t],
  );
  const apply = (changes: CellChange<ConsumptionRow>[]) => {
    setStored((rows) =>
      rows.map((row) =>
        changes
          .filter((change) => change.rowId === row.id)
          .reduce(
            (current, change) => ({
              ...current,
              ...view.toPatch(current, change.columnKey, change.value),
            }),
            row,
          ),
      ),
    );
  };
  return (
    <DataGrid
      aria-label="消耗"
      columns={columns}
      rows={stored.map(view.toGrid)}
      onCellChange={(rowId, columnKey, value) =>
        apply([{ rowId, columnKey, value }])
      }
      onCellsChange={apply}
      onAddRow={() => undefined}
      onRemoveRows={() => undefined}
    />
  );
}

/** What a cell shows; the active one shows it in its idle editor. */
function shown(row: number, col: number): string {
  const target = cell(row, col);
  return target.querySelector('input')?.value ?? target.textContent ?? '';
}

describe('pasting into the consumption grid', () => {
  it('puts a three-year block copied from Excel into the year columns', () => {
    const diesel = item({
      id: 'diesel',
      category: 'energy',
      name: '柴油',
      unit: 't',
      energyCarrierKey: 'diesel',
    });
    render(<Harness initial={[diesel]} />);
    select(0, FIRST_YEAR_COL);
    fireEvent.paste(focused(), {
      clipboardData: { getData: () => '12.5\t13\t14.2\r\n' },
    });
    expect(shown(0, FIRST_YEAR_COL)).toBe('12.5');
    expect(shown(0, FIRST_YEAR_COL + 1)).toBe('13');
    expect(shown(0, FIRST_YEAR_COL + 2)).toBe('14.2');
    expect(screen.getByRole('status').textContent).toContain(
      '粘贴了 3 个单元格',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  cellError,
  matchOption,
  parseCellInput,
} from '@renderer/components/grid/cell-parse';
import type { GridColumn } from '@renderer/components/grid';
import {
  consumptionColumns,
  consumptionRow,
  workshops,
  type ConsumptionRow,
} from './fixtures';

function column(key: string): GridColumn<ConsumptionRow> {
  const found = consumptionColumns.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
}

describe('parseCellInput', () => {
  it('trims text', () => {
    expect(parseCellInput(column('material'), '  蒸汽 ')).toEqual({
      ok: true,
      value: '蒸汽',
    });
  });

  it('refuses text longer than the column allows', () => {
    expect(parseCellInput(column('material'), '长'.repeat(21))).toEqual({
      ok: false,
      code: 'too-long',
    });
  });

  it('refuses a number below the column minimum', () => {
    expect(parseCellInput(column('electricityKwh'), '-5')).toEqual({
      ok: false,
      code: 'below-min',
    });
  });

  it('reads m³ typed into a column whose unit is spelled m3', () => {
    expect(parseCellInput(column('waterM3'), '40 m³')).toEqual({
      ok: true,
      value: 40,
    });
  });

  it('clears a select cell with empty text', () => {
    expect(parseCellInput(column('workshop'), '')).toEqual({
      ok: true,
      value: null,
    });
  });

  it('matches a unique label prefix only when asked to', () => {
    expect(
      parseCellInput(column('workshop'), '焊接', { allowPrefix: true }),
    ).toEqual({ ok: true, value: 'weld' });
    expect(parseCellInput(column('workshop'), '焊接')).toEqual({
      ok: false,
      code: 'unknown-option',
    });
  });

  it('refuses input for a computed column', () => {
    expect(parseCellInput(column('perTonne'), '1')).toEqual({
      ok: false,
      code: 'read-only',
    });
  });
});

describe('matchOption', () => {
  it('finds no option for a prefix that two labels share', () => {
    expect(matchOption(workshops, '车', true)).toBeUndefined();
  });

  it('matches a value regardless of case', () => {
    expect(matchOption(workshops, 'PAINT', false)?.value).toBe('paint');
  });
});

describe('cellError', () => {
  it('reports a stored value that breaks the column minimum', () => {
    const row = consumptionRow({ electricityKwh: -1 });
    expect(cellError(column('electricityKwh'), -1, row)).toBe('below-min');
  });

  it('reports the code returned by the column validate function', () => {
    const required: GridColumn<ConsumptionRow> = {
      kind: 'text',
      key: 'material',
      header: '物料',
      validate: (value) => (value ? null : 'required'),
    };
    expect(cellError(required, '', consumptionRow())).toBe('required');
  });
});

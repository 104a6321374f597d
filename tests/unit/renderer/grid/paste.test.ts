import { describe, expect, it } from 'vitest';
import { parseTsv, planPaste } from '@renderer/components/grid/paste';
import { consumptionColumns } from './fixtures';

describe('parseTsv', () => {
  it('splits rows on CRLF and cells on tabs', () => {
    expect(parseTsv('a\tb\r\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('ignores the one trailing newline spreadsheets append', () => {
    expect(parseTsv('a\tb\r\n')).toEqual([['a', 'b']]);
    expect(parseTsv('a\n')).toEqual([['a']]);
  });

  it('splits rows on LF and on a lone CR', () => {
    expect(parseTsv('a\nb\rc')).toEqual([['a'], ['b'], ['c']]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(parseTsv('\tb\t')).toEqual([['', 'b', '']]);
  });

  it('reads quoted cells with a tab, a newline and a doubled quote', () => {
    expect(parseTsv('"冲压\t车间"\t"第一行\r\n第二行"\t"5"" 管"\r\n')).toEqual([
      ['冲压\t车间', '第一行\r\n第二行', '5" 管'],
    ]);
  });

  it('takes a cell that only starts with a quote literally', () => {
    expect(parseTsv('"abc\tx')).toEqual([['"abc', 'x']]);
    expect(parseTsv('"a"b\tx')).toEqual([['"a"b', 'x']]);
  });

  it('returns no rows for empty text', () => {
    expect(parseTsv('')).toEqual([]);
  });
});

describe('planPaste', () => {
  const target = {
    columns: consumptionColumns,
    rowIds: ['r1', 'r2'],
    anchor: { row: 0, col: 2 },
    canAddRows: false,
  };

  it('writes parsed values starting at the anchor', () => {
    const plan = planPaste([['1,200 kWh', '30']], target);
    expect(plan.changes).toEqual([
      { rowId: 'r1', columnKey: 'electricityKwh', value: 1200 },
      { rowId: 'r1', columnKey: 'waterM3', value: 30 },
    ]);
    expect(plan.written).toBe(2);
  });

  it('refuses a cell whose unit does not match and writes the rest', () => {
    const plan = planPaste([['12 万kWh', '30']], target);
    expect(plan.changes).toEqual([
      { rowId: 'r1', columnKey: 'waterM3', value: 30 },
    ]);
    expect(plan.issues).toEqual([{ row: 0, col: 2, code: 'unit-mismatch' }]);
  });

  it('refuses cells that land on a computed column', () => {
    const plan = planPaste([['1', '2', '3']], target);
    expect(plan.issues).toEqual([{ row: 0, col: 4, code: 'read-only' }]);
  });

  it('accepts a select option by its label or its value', () => {
    const plan = planPaste([['涂装车间'], ['weld']], {
      ...target,
      anchor: { row: 0, col: 1 },
    });
    expect(plan.changes.map((change) => change.value)).toEqual([
      'paint',
      'weld',
    ]);
  });

  it('counts columns past the right edge as dropped', () => {
    const plan = planPaste([['1', '2', '3', '4', '5']], target);
    expect(plan.droppedColumns).toBe(2);
  });

  it('drops rows past the end when the caller takes no new rows', () => {
    const plan = planPaste([['1'], ['2'], ['3']], target);
    expect(plan.droppedRows).toBe(1);
    expect(plan.newRows).toEqual([]);
  });

  it('turns rows past the end into new rows when the caller takes them', () => {
    const plan = planPaste([['1'], ['2'], ['3', 'x']], {
      ...target,
      canAddRows: true,
    });
    expect(plan.newRows).toEqual([{ electricityKwh: 3 }]);
    expect(plan.issues).toEqual([{ row: 2, col: 3, code: 'not-a-number' }]);
    expect(plan.written).toBe(3);
  });
});

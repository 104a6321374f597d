import type { TFunction } from 'i18next';
import type {
  CellValue,
  GridColumn,
  GridFooterRow,
  NumberColumn,
} from '@renderer/components/grid';
import type { BaselineRow } from './baseline-view';
import {
  sharedProductUnit,
  totalOutput,
  totalOutputValueWanYuan,
} from './per-unit';
import { yearKey, type YearFieldSpec } from './year-columns';

export type ProductRow = BaselineRow<'products'>;

export const PRODUCT_YEAR_FIELDS = [
  { field: 'outputByYear', prefix: 'output' },
  { field: 'outputValueWanYuanByYear', prefix: 'outputValue' },
] as const satisfies readonly YearFieldSpec[];

const YEAR_WIDTH = 96;

/** 企业历年产品/产量表: name, unit, capacity, then output and value by year. */
export function productColumns(
  t: TFunction,
  years: readonly number[],
): GridColumn<ProductRow>[] {
  const outputs = years.map((year): NumberColumn<ProductRow> => ({
    kind: 'number',
    key: yearKey('output', year),
    header: t('baselineTables.products.output', { year }),
    width: YEAR_WIDTH,
    min: 0,
  }));
  const values = years.map((year): NumberColumn<ProductRow> => ({
    kind: 'number',
    key: yearKey('outputValue', year),
    header: t('baselineTables.products.outputValue', { year }),
    width: YEAR_WIDTH,
    unit: '万元',
    min: 0,
    decimals: 2,
  }));
  return [
    {
      kind: 'text',
      key: 'name',
      header: t('baselineTables.products.name'),
      width: 140,
      maxLength: 120,
      validate: (value) => (value === '' ? 'required' : null),
    },
    {
      kind: 'text',
      key: 'unit',
      header: t('baselineTables.products.unit'),
      width: 70,
      maxLength: 20,
    },
    {
      kind: 'number',
      key: 'capacityPerYear',
      header: t('baselineTables.products.capacity'),
      width: 100,
      min: 0,
    },
    ...outputs,
    ...values,
  ];
}

/**
 * The totals line: output only when every product shares a unit (adding
 * m² to pieces means nothing), output value always.
 */
export function productFooter(
  t: TFunction,
  years: readonly number[],
  rows: readonly ProductRow[],
): GridFooterRow[] {
  if (rows.length < 2) return [];
  const unit = sharedProductUnit(rows);
  const values: Record<string, CellValue> = { unit };
  for (const year of years) {
    values[yearKey('output', year)] =
      unit === null ? null : totalOutput(rows, year);
    values[yearKey('outputValue', year)] = totalOutputValueWanYuan(rows, year);
  }
  return [
    {
      id: 'total',
      label: t('baselineTables.total'),
      values,
    },
  ];
}

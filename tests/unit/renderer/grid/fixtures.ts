import type { GridColumn } from '@renderer/components/grid';

/** A line of the three-year consumption table, cut down for grid tests. */
export type ConsumptionRow = {
  id: string;
  material: string;
  workshop: string | null;
  electricityKwh: number | null;
  waterM3: number | null;
};

export function consumptionRow(
  overrides: Partial<ConsumptionRow> = {},
): ConsumptionRow {
  return {
    id: 'row-1',
    material: '电',
    workshop: null,
    electricityKwh: null,
    waterM3: null,
    ...overrides,
  };
}

export const workshops = [
  { value: 'press', label: '冲压车间' },
  { value: 'paint', label: '涂装车间' },
  { value: 'weld', label: '焊接车间' },
];

export const consumptionColumns: GridColumn<ConsumptionRow>[] = [
  { kind: 'text', key: 'material', header: '物料', maxLength: 20 },
  { kind: 'select', key: 'workshop', header: '车间', options: workshops },
  {
    kind: 'number',
    key: 'electricityKwh',
    header: '用电量',
    unit: 'kWh',
    min: 0,
    decimals: 1,
  },
  { kind: 'number', key: 'waterM3', header: '用水量', unit: 'm3', min: 0 },
  {
    kind: 'computed',
    key: 'perTonne',
    header: '单耗',
    compute: (row) =>
      row.electricityKwh === null ? null : row.electricityKwh / 100,
    decimals: 2,
  },
];

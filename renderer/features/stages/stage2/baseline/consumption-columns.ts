import type { TFunction } from 'i18next';
import type { GridColumn, NumberColumn } from '@renderer/components/grid';
import { pickLabel } from '@renderer/i18n/bilingual';
import { consumptionCategories, type Product } from '@shared/model/baseline';
import { ENERGY_CARRIERS } from '@shared/reference/energy-carriers';
import { flagKey, type BaselineRow } from './baseline-view';
import { flagOptions, significant } from './column-helpers';
import { energyRowIssue } from './energy-summary';
import { perUnitUnit, perUnitUse } from './per-unit';
import { yearKey, type YearFieldSpec } from './year-columns';

export type ConsumptionRow = BaselineRow<'consumptionItems'>;

export const CONSUMPTION_YEAR_FIELDS = [
  { field: 'quantityByYear', prefix: 'quantity' },
] as const satisfies readonly YearFieldSpec[];

function benchmark(
  t: TFunction,
  key:
    | 'benchmarkDomesticAdvanced'
    | 'benchmarkInternationalAdvanced'
    | 'benchmarkQuota',
  label: 'domestic' | 'international' | 'quota',
): NumberColumn<ConsumptionRow> {
  return {
    kind: 'number',
    key,
    header: t(`baselineTables.consumption.${label}`),
    width: 100,
    min: 0,
  };
}

export type ConsumptionColumnsInput = {
  t: TFunction;
  language: string;
  years: readonly number[];
  products: readonly Product[];
};

/**
 * 主要原辅材料和能源消耗表. The energy carrier only matters on energy and
 * water rows; a unit that cannot be converted into the carrier's unit is
 * marked on the unit cell, and that row stays out of the energy total.
 */
export function consumptionColumns({
  t,
  language,
  years,
  products,
}: ConsumptionColumnsInput): GridColumn<ConsumptionRow>[] {
  const baseYear = years[years.length - 1] ?? 0;
  const quantities = years.map((year): NumberColumn<ConsumptionRow> => ({
    kind: 'number',
    key: yearKey('quantity', year),
    header: t('baselineTables.consumption.quantity', { year }),
    width: 100,
    min: 0,
  }));
  return [
    {
      kind: 'select',
      key: 'category',
      header: t('baselineTables.consumption.category'),
      width: 80,
      options: consumptionCategories.map((value) => ({
        value,
        label: t(`baselineTables.consumption.categories.${value}`),
      })),
    },
    {
      kind: 'text',
      key: 'name',
      header: t('baselineTables.consumption.name'),
      width: 160,
      maxLength: 120,
      validate: (value) => (value === '' ? 'required' : null),
    },
    {
      kind: 'text',
      key: 'unit',
      header: t('baselineTables.consumption.unit'),
      width: 80,
      maxLength: 20,
      validate: (_value, row) =>
        energyRowIssue(row) === 'unit-not-convertible' ? 'unit-mismatch' : null,
    },
    {
      kind: 'select',
      key: 'energyCarrierKey',
      header: t('baselineTables.consumption.carrier'),
      width: 130,
      options: ENERGY_CARRIERS.map((carrier) => ({
        value: carrier.key,
        label: pickLabel(carrier.name, language),
      })),
      validate: (_value, row) =>
        energyRowIssue(row) === 'no-carrier' ? 'required' : null,
    },
    ...quantities,
    {
      kind: 'select',
      key: 'productId',
      header: t('baselineTables.consumption.product'),
      width: 110,
      options: products.map((product) => ({
        value: product.id,
        label: product.name,
      })),
    },
    {
      kind: 'computed',
      key: 'perUnit',
      header: t('baselineTables.consumption.perUnit', { year: baseYear }),
      width: 110,
      compute: (row) => significant(perUnitUse(row, products, baseYear)),
    },
    {
      kind: 'computed',
      key: 'perUnitUnit',
      header: t('baselineTables.consumption.perUnitUnit'),
      width: 100,
      align: 'start',
      compute: (row) => perUnitUnit(row, products) || null,
    },
    benchmark(t, 'benchmarkDomesticAdvanced', 'domestic'),
    benchmark(t, 'benchmarkInternationalAdvanced', 'international'),
    benchmark(t, 'benchmarkQuota', 'quota'),
    {
      kind: 'select',
      key: flagKey('hazardous'),
      header: t('baselineTables.consumption.hazardous'),
      width: 90,
      options: flagOptions(t),
    },
  ];
}

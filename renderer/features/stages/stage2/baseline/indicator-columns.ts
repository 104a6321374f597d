import type { TFunction } from 'i18next';
import type { GridColumn, NumberColumn } from '@renderer/components/grid';
import { INDICATOR_DIRECTIONS } from '@shared/calc/indicator-level';
import { comparisonLevel } from '@shared/model/indicators';
import type { BaselineRow } from './baseline-view';

export type IndicatorRow = BaselineRow<'indicatorComparisons'>;

/** The level a row reaches, as the table prints it; null when unknown. */
export function levelLabel(t: TFunction, row: IndicatorRow): string | null {
  const level = comparisonLevel(row);
  return level === 'unknown'
    ? null
    : t(`baselineTables.indicators.levels.${level}`);
}

function figure(
  t: TFunction,
  key: 'companyValue' | 'levelI' | 'levelII' | 'levelIII',
): NumberColumn<IndicatorRow> {
  return {
    kind: 'number',
    key,
    header: t(`baselineTables.indicators.${key}`),
    width: 100,
  };
}

/** The sector indicators next to the company's value and the level reached. */
export function indicatorColumns(t: TFunction): GridColumn<IndicatorRow>[] {
  return [
    {
      kind: 'text',
      key: 'indicator',
      header: t('baselineTables.indicators.indicator'),
      width: 200,
      maxLength: 200,
      validate: (value) => (value === '' ? 'required' : null),
    },
    {
      kind: 'text',
      key: 'unit',
      header: t('baselineTables.indicators.unit'),
      width: 80,
      maxLength: 30,
    },
    {
      kind: 'select',
      key: 'direction',
      header: t('baselineTables.indicators.direction'),
      width: 70,
      options: INDICATOR_DIRECTIONS.map((value) => ({
        value,
        label: t(`baselineTables.indicators.directions.${value}`),
      })),
    },
    figure(t, 'companyValue'),
    figure(t, 'levelI'),
    figure(t, 'levelII'),
    figure(t, 'levelIII'),
    {
      kind: 'computed',
      key: 'reached',
      header: t('baselineTables.indicators.reached'),
      width: 100,
      align: 'start',
      compute: (row) => levelLabel(t, row),
    },
    {
      kind: 'text',
      key: 'source',
      header: t('baselineTables.indicators.source'),
      width: 220,
      maxLength: 2000,
    },
    {
      kind: 'text',
      key: 'notes',
      header: t('baselineTables.indicators.notes'),
      width: 140,
      maxLength: 120,
    },
  ];
}

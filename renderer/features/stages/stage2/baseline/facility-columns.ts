import type { TFunction } from 'i18next';
import type { GridColumn } from '@renderer/components/grid';
import { calendarYearKey, type BaselineRow } from './baseline-view';
import { CALENDAR_YEAR_OPTIONS } from './column-helpers';

export type FacilityRow = BaselineRow<'envFacilities'>;

/** Actual throughput as a share of design capacity, in %. */
export function loadPercent(
  row: Pick<FacilityRow, 'designCapacity' | 'actualCapacity'>,
): number | null {
  const { designCapacity, actualCapacity } = row;
  if (designCapacity === null || actualCapacity === null) return null;
  if (designCapacity <= 0) return null;
  return (actualCapacity / designCapacity) * 100;
}

/** 环保设施状况表, with the load each facility runs at. */
export function facilityColumns(t: TFunction): GridColumn<FacilityRow>[] {
  return [
    {
      kind: 'text',
      key: 'name',
      header: t('baselineTables.facilities.name'),
      width: 200,
      maxLength: 120,
      validate: (value) => (value === '' ? 'required' : null),
    },
    {
      kind: 'select',
      key: calendarYearKey('yearBuilt'),
      header: t('baselineTables.facilities.yearBuilt'),
      width: 100,
      options: CALENDAR_YEAR_OPTIONS,
    },
    {
      kind: 'number',
      key: 'investmentWanYuan',
      header: t('baselineTables.facilities.investment'),
      width: 110,
      unit: '万元',
      min: 0,
      decimals: 2,
    },
    {
      kind: 'number',
      key: 'designCapacity',
      header: t('baselineTables.facilities.designCapacity'),
      width: 110,
      min: 0,
    },
    {
      kind: 'number',
      key: 'actualCapacity',
      header: t('baselineTables.facilities.actualCapacity'),
      width: 110,
      min: 0,
    },
    {
      kind: 'text',
      key: 'capacityUnit',
      header: t('baselineTables.facilities.capacityUnit'),
      width: 90,
      maxLength: 20,
    },
    {
      kind: 'computed',
      key: 'load',
      header: t('baselineTables.facilities.load'),
      width: 90,
      unit: '%',
      decimals: 1,
      compute: loadPercent,
    },
    {
      kind: 'number',
      key: 'efficiencyPercent',
      header: t('baselineTables.facilities.efficiency'),
      width: 100,
      unit: '%',
      min: 0,
      max: 100,
    },
    {
      kind: 'number',
      key: 'runningCostWanYuanPerYear',
      header: t('baselineTables.facilities.runningCost'),
      width: 110,
      unit: '万元/a',
      min: 0,
      decimals: 2,
    },
  ];
}

import type { TFunction } from 'i18next';
import type { GridColumn } from '@renderer/components/grid';
import { calendarYearKey, flagKey, type BaselineRow } from './baseline-view';
import { CALENDAR_YEAR_OPTIONS, flagOptions } from './column-helpers';

export type EquipmentRow = BaselineRow<'equipment'>;

/** 主要设备一览表: name, model, kW, units, year, process, status, phase-out. */
export function equipmentColumns(t: TFunction): GridColumn<EquipmentRow>[] {
  return [
    {
      kind: 'text',
      key: 'name',
      header: t('baselineTables.equipment.name'),
      width: 170,
      maxLength: 120,
      validate: (value) => (value === '' ? 'required' : null),
    },
    {
      kind: 'text',
      key: 'model',
      header: t('baselineTables.equipment.model'),
      width: 130,
      maxLength: 60,
    },
    {
      kind: 'number',
      key: 'powerKw',
      header: t('baselineTables.equipment.power'),
      width: 100,
      unit: 'kW',
      min: 0,
    },
    {
      kind: 'number',
      key: 'quantity',
      header: t('baselineTables.equipment.quantity'),
      width: 100,
      min: 0,
      integer: true,
    },
    {
      kind: 'select',
      key: calendarYearKey('year'),
      header: t('baselineTables.equipment.year'),
      width: 100,
      options: CALENDAR_YEAR_OPTIONS,
    },
    {
      kind: 'text',
      key: 'process',
      header: t('baselineTables.equipment.process'),
      width: 130,
      maxLength: 120,
    },
    {
      kind: 'text',
      key: 'status',
      header: t('baselineTables.equipment.status'),
      width: 110,
      maxLength: 40,
    },
    {
      kind: 'select',
      key: flagKey('onPhaseOutList'),
      header: t('baselineTables.equipment.phaseOut'),
      width: 110,
      options: flagOptions(t),
    },
  ];
}

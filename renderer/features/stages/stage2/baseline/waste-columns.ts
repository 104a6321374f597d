import type { TFunction } from 'i18next';
import type { GridColumn, NumberColumn } from '@renderer/components/grid';
import { wasteMedia } from '@shared/model/emissions';
import type { BaselineRow } from './baseline-view';
import { HW_CODES, hwCodeIssue } from './waste-rules';
import { yearKey, type YearFieldSpec } from './year-columns';

export type WasteRow = BaselineRow<'wasteStreams'>;

export const WASTE_YEAR_FIELDS = [
  { field: 'generatedByYear', prefix: 'generated' },
  { field: 'dischargedByYear', prefix: 'discharged' },
] as const satisfies readonly YearFieldSpec[];

const HW_OPTIONS = HW_CODES.map((code) => ({ value: code, label: code }));

function yearColumns(
  t: TFunction,
  years: readonly number[],
  prefix: 'generated' | 'discharged',
): NumberColumn<WasteRow>[] {
  return years.map((year) => ({
    kind: 'number',
    key: yearKey(prefix, year),
    header: t(`baselineTables.waste.${prefix}`, { year }),
    width: 110,
    min: 0,
  }));
}

function text(
  t: TFunction,
  key: 'source' | 'pollutant' | 'unit' | 'concentrationUnit',
  width: number,
  maxLength: number,
): GridColumn<WasteRow> {
  return {
    kind: 'text',
    key,
    header: t(`baselineTables.waste.${key}`),
    width,
    maxLength,
  };
}

/** 企业历年废弃物流情况表: one pollutant of one stream per row. */
export function wasteColumns(
  t: TFunction,
  years: readonly number[],
): GridColumn<WasteRow>[] {
  return [
    {
      kind: 'select',
      key: 'medium',
      header: t('baselineTables.waste.medium'),
      width: 90,
      options: wasteMedia.map((value) => ({
        value,
        label: t(`baselineTables.waste.media.${value}`),
      })),
    },
    text(t, 'source', 150, 120),
    text(t, 'pollutant', 120, 120),
    text(t, 'unit', 70, 20),
    ...yearColumns(t, years, 'generated'),
    ...yearColumns(t, years, 'discharged'),
    {
      kind: 'number',
      key: 'concentration',
      header: t('baselineTables.waste.concentration'),
      width: 90,
      min: 0,
    },
    text(t, 'concentrationUnit', 80, 20),
    {
      kind: 'number',
      key: 'standardLimit',
      header: t('baselineTables.waste.standardLimit'),
      width: 90,
      min: 0,
    },
    {
      kind: 'number',
      key: 'permitTotal',
      header: t('baselineTables.waste.permitTotal'),
      width: 120,
      min: 0,
    },
    {
      kind: 'text',
      key: 'treatment',
      header: t('baselineTables.waste.treatment'),
      width: 200,
      maxLength: 2000,
    },
    {
      kind: 'text',
      key: 'destination',
      header: t('baselineTables.waste.destination'),
      width: 200,
      maxLength: 2000,
    },
    {
      kind: 'select',
      key: 'hwCode',
      header: t('baselineTables.waste.hwCode'),
      width: 90,
      options: HW_OPTIONS,
      validate: (value, row) => hwCodeIssue(value, row.medium),
    },
  ];
}

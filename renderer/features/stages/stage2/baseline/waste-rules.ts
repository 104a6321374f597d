import type { CellValue, GridErrorCode } from '@renderer/components/grid';
import {
  HW_CODE_PATTERN,
  type WasteMedium,
  type WasteStream,
} from '@shared/model/emissions';
import { yearValue } from './per-unit';

// Rules of the waste-stream table that tie two cells together. An HW code
// (国家危险废物名录 class) is what makes a waste hazardous, so giving one
// moves the row to 危险废物, and moving a row out of 危险废物 drops a code
// that no longer applies. Without this the stored row would be refused.

/** The 50 classes of the national list, HW01 … HW50, as select values. */
export const HW_CODES: readonly string[] = Array.from(
  { length: 50 },
  (_, i) => `HW${String(i + 1).padStart(2, '0')}`,
);

export function coupleWastePatch(
  row: Pick<WasteStream, 'medium' | 'hwCode'>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const code = patch.hwCode;
  if (typeof code === 'string' && row.medium !== 'hazardous') {
    return { ...patch, medium: 'hazardous' };
  }
  const medium = patch.medium;
  if (
    typeof medium === 'string' &&
    medium !== 'hazardous' &&
    row.hwCode !== null
  ) {
    return { ...patch, hwCode: null };
  }
  return patch;
}

/** The same rule for a pasted row: a medium given wins over a stray code. */
export function coupleWasteInput(
  input: Record<string, unknown>,
): Record<string, unknown> {
  if (typeof input.hwCode !== 'string') return input;
  if (input.medium === undefined) return { ...input, medium: 'hazardous' };
  if (input.medium !== 'hazardous') return { ...input, hwCode: null };
  return input;
}

/**
 * A hazardous waste needs its class; any other medium has none. A code
 * outside HW01–HW50 can only come from data written by other means.
 */
export function hwCodeIssue(
  value: CellValue,
  medium: WasteMedium,
): GridErrorCode | null {
  if (medium !== 'hazardous') return value === null ? null : 'unknown-option';
  if (value === null || value === '') return 'required';
  return HW_CODE_PATTERN.test(String(value)) ? null : 'unknown-option';
}

export type WasteExceedance = {
  id: string;
  source: string;
  pollutant: string;
  kind: 'concentration' | 'permit';
  value: number;
  limit: number;
  unit: string;
};

/**
 * Where the figures already show a breach: a concentration above its
 * standard limit (超标), or the base year's discharge above the permitted
 * total (超总量). Either makes an audit mandatory and must be explained.
 */
export function wasteExceedances(
  rows: readonly WasteStream[],
  baseYear: number,
): WasteExceedance[] {
  const found: WasteExceedance[] = [];
  for (const row of rows) {
    const { concentration, standardLimit, permitTotal } = row;
    const base = { id: row.id, source: row.source, pollutant: row.pollutant };
    if (
      concentration !== null &&
      standardLimit !== null &&
      concentration > standardLimit
    ) {
      found.push({
        ...base,
        kind: 'concentration',
        value: concentration,
        limit: standardLimit,
        unit: row.concentrationUnit,
      });
    }
    const discharged = yearValue(row.dischargedByYear, baseYear);
    if (
      discharged !== null &&
      permitTotal !== null &&
      discharged > permitTotal
    ) {
      found.push({
        ...base,
        kind: 'permit',
        value: discharged,
        limit: permitTotal,
        unit: row.unit,
      });
    }
  }
  return found;
}

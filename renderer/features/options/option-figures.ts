import type { Audit } from '@shared/model/audit';
import type { Option, OptionEffect } from '@shared/model/option';
import {
  performanceSummary,
  type PerformanceSummary,
  type PerformanceSummarySettings,
} from '@shared/calc/performance-summary';
import { energySavedTce } from '@shared/calc/energy';
import {
  COEFFICIENT_SETS,
  DEFAULT_ENERGY_ACCOUNTING,
} from '@shared/reference/coefficients';

// Audits do not yet record their own coefficient set and electricity basis
// (design.md wants both per audit, chosen at creation): until they do, the
// app counts standard coal with GB/T 2589-2020 and electricity at its
// calorific equivalent (当量值), the provincial default, everywhere.
const COEFFICIENT_SET =
  COEFFICIENT_SETS[DEFAULT_ENERGY_ACCOUNTING.coefficientSetId];
const ELECTRICITY_BASIS = DEFAULT_ENERGY_ACCOUNTING.electricityBasis;

export function summarySettings(
  audit: Pick<Audit, 'costClassRules'>,
): PerformanceSummarySettings {
  return {
    costClassRules: audit.costClassRules,
    coefficientSet: COEFFICIENT_SET,
    electricityBasis: ELECTRICITY_BASIS,
  };
}

export function auditSummary(
  audit: Pick<Audit, 'costClassRules'>,
  options: readonly Option[],
): PerformanceSummary | null {
  try {
    return performanceSummary(options, summarySettings(audit));
  } catch {
    // A coefficient set lacking a carrier is a programming error in the
    // reference data; the overview shows nothing rather than a wrong sum.
    return null;
  }
}

/** Standard coal saved by these effects, tce/a; null when one cannot convert. */
export function effectsTce(effects: readonly OptionEffect[]): number | null {
  try {
    return energySavedTce(effects, COEFFICIENT_SET, ELECTRICITY_BASIS);
  } catch {
    return null;
  }
}

import type { Audit } from '@shared/model/audit';
import type { Option, OptionEffect } from '@shared/model/option';
import {
  performanceSummary,
  type PerformanceSummary,
  type PerformanceSummarySettings,
} from '@shared/calc/performance-summary';
import { energySavedTce } from '@shared/calc/energy';
import { COEFFICIENT_SETS } from '@shared/reference/coefficients';

/** The audit's cost classes and energy accounting, as the sums need them. */
export function summarySettings(
  audit: Pick<Audit, 'costClassRules' | 'energyAccounting'>,
): PerformanceSummarySettings {
  return {
    costClassRules: audit.costClassRules,
    coefficientSet: COEFFICIENT_SETS[audit.energyAccounting.coefficientSetId],
    electricityBasis: audit.energyAccounting.electricityBasis,
  };
}

export function auditSummary(
  audit: Pick<Audit, 'costClassRules' | 'energyAccounting'>,
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

/**
 * Standard coal saved by these effects under the audit's accounting, tce/a;
 * null when one cannot convert.
 */
export function effectsTce(
  effects: readonly OptionEffect[],
  accounting: Audit['energyAccounting'],
): number | null {
  try {
    return energySavedTce(
      effects,
      COEFFICIENT_SETS[accounting.coefficientSetId],
      accounting.electricityBasis,
    );
  } catch {
    return null;
  }
}

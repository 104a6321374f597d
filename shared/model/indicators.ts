import { z } from 'zod';
import {
  INDICATOR_DIRECTIONS,
  levelReached,
  type LevelReached,
} from '../calc/indicator-level';
import {
  auditRowSchema,
  LONG_TEXT,
  optionalNumber,
  SHORT_TEXT,
  text,
} from './audit-row';

/**
 * One indicator of the sector's cleaner-production standard or indicator
 * system next to the company's value (step 7, pre-assessment §2.5.2). The
 * level is computed, never stored, so it cannot drift from the numbers.
 *
 * The benchmarks are typed in per audit for now. Once indicator systems ship
 * as versioned reference data (domain.md §9.3) a row will point at its
 * indicator there, and `source` will name the system and version.
 */
export const indicatorComparisonSchema = auditRowSchema.extend({
  indicator: text(200),
  unit: text(30),
  direction: z.enum(INDICATOR_DIRECTIONS).default('le'),
  companyValue: optionalNumber(),
  levelI: optionalNumber(),
  levelII: optionalNumber(),
  levelIII: optionalNumber(),
  // Which standard or indicator system the benchmarks come from.
  source: text(LONG_TEXT),
  notes: text(SHORT_TEXT),
});
export type IndicatorComparison = z.infer<typeof indicatorComparisonSchema>;

export function comparisonLevel(row: IndicatorComparison): LevelReached {
  return levelReached(row.direction, row.companyValue, row);
}

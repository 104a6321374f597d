import type { z } from 'zod';
import {
  auditRowSchema,
  optionalDate,
  optionalNumber,
  text,
} from './audit-row';

/**
 * A row of 清洁生产目标一览表 (step 9, domain.md §3.2). Targets are usually
 * per unit of product so that swings in output do not distort them. The
 * relative targets are the change against the baseline in percent, negative
 * for a reduction (−9.1 means 9.1 % less), because the same table also holds
 * rates that should rise, such as water reuse.
 */
export const targetSchema = auditRowSchema.extend({
  indicator: text(200),
  unit: text(30),
  baselineValue: optionalNumber(),
  nearTermAbsolute: optionalNumber(),
  nearTermRelativePercent: optionalNumber(),
  nearTermDate: optionalDate(),
  longTermAbsolute: optionalNumber(),
  longTermRelativePercent: optionalNumber(),
  longTermDate: optionalDate(),
  // Measured after implementation (stage 6) and checked at acceptance.
  achievedValue: optionalNumber(),
});
export type Target = z.infer<typeof targetSchema>;

import { z } from 'zod';
import { ASPECT_CODES } from '../reference/aspects';
import { auditRowSchema, LONG_TEXT, SHORT_TEXT, text } from './audit-row';

/**
 * A row of 废弃物产生原因分析表 (step 14): why a waste arises at a place,
 * tagged with the aspects (A1–A8) it falls under. A cause usually touches
 * more than one aspect, and a row without any would drop out of the analysis
 * by aspect, so at least one is required.
 */
export const wasteCauseSchema = auditRowSchema.extend({
  wasteOrLocation: text(SHORT_TEXT),
  description: text(LONG_TEXT),
  aspects: z
    .array(z.enum(ASPECT_CODES))
    .min(1)
    .max(ASPECT_CODES.length)
    .refine((codes) => new Set(codes).size === codes.length, 'repeated aspect'),
  // Options that answer this cause; the option tables arrive with stage 4.
  linkedOptionIds: z.array(z.string().min(1).max(64)).default([]),
});
export type WasteCause = z.infer<typeof wasteCauseSchema>;

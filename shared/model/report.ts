import { z } from 'zod';
import {
  ELECTRICITY_BASES,
  STANDARD_COEFFICIENT_SET_IDS,
} from '../reference/coefficients';
import { economicsSchema, reportKinds } from '../settings/schema';
import { baseRecordSchema } from './record';

/**
 * The consultant's own text for one section of the report (section ids as
 * in shared/report/outline.ts). One record per audit and section; a section
 * without a record prints the text generated from the data.
 */
export const reportSectionTextSchema = baseRecordSchema.extend({
  auditId: z.string().min(1).max(64),
  sectionId: z.string().min(1).max(16),
  text: z.string().max(20000),
});
export type ReportSectionText = z.infer<typeof reportSectionTextSchema>;

/**
 * One generated report: what it was made with, so that it can be made
 * again byte for byte from the same data, and the SHA-256 of the data
 * (snapshot and options) to tell whether the audit changed since.
 */
export const reportVersionSchema = baseRecordSchema.extend({
  auditId: z.string().min(1).max(64),
  kind: z.enum(reportKinds),
  coefficientSetId: z.enum(STANDARD_COEFFICIENT_SET_IDS),
  electricityBasis: z.enum(ELECTRICITY_BASES),
  economics: economicsSchema,
  fonts: z.enum(['bundled', 'system']),
  dataSha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.number().int().min(0),
  sizeBytes: z.number().int().min(0),
});
export type ReportVersion = z.infer<typeof reportVersionSchema>;

import { z } from 'zod';
import type { AuditSnapshot } from '../model/snapshot';
import {
  ELECTRICITY_BASES,
  STANDARD_COEFFICIENT_SET_IDS,
} from '../reference/coefficients';
import { consultancySchema, reportKinds } from '../settings/schema';
import type { LayoutProfile } from './layout';

/** Part of the report that can be left out from the report page. */
export const OPTIONAL_PARTS = [
  'management',
  'toc',
  'charts',
  'performanceTable',
  'attachments',
] as const;
export type OptionalPart = (typeof OPTIONAL_PARTS)[number];

/**
 * Everything besides the snapshot that decides what the report says: who
 * wrote it, which draft it is, how energy and money were counted, and the
 * consultant's own text per section. Recorded with every generated version
 * so the same PDF can be made again from the same data.
 */
export const reportOptionsSchema = z.object({
  kind: z.enum(reportKinds),
  draftMark: z.boolean(),
  /** The date printed on the cover and the management page. */
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  consultancy: consultancySchema,
  coefficientSetId: z.enum(STANDARD_COEFFICIENT_SET_IDS),
  electricityBasis: z.enum(ELECTRICITY_BASES),
  /** Parts left out; chapters are always in. */
  omit: z.array(z.enum(OPTIONAL_PARTS)).default([]),
  /** Consultant's text per section id; a missing id takes the generated text. */
  sectionTexts: z.record(z.string().max(16), z.string().max(20000)).default({}),
});
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

export interface ReportInput {
  readonly snapshot: AuditSnapshot;
  readonly options: ReportOptions;
  readonly layout?: LayoutProfile;
}

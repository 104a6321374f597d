import { z } from 'zod';
import { isoDate, baseRecordSchema } from './record';

/**
 * The filing outbox: packages the consultant prepared for the provincial
 * platform, and what became of each. Filing happens outside the app (the
 * factory uploads on the platform), so the status is what the user reports.
 */
export const filingStatuses = ['exported', 'filed', 'returned'] as const;
export type FilingStatus = (typeof filingStatuses)[number];

export const filingPackageSchema = baseRecordSchema
  .extend({
    auditId: z.string().min(1).max(64),
    fileName: z.string().min(1).max(200),
    size: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    status: z.enum(filingStatuses),
    filedOn: isoDate.nullable(),
    // The platform's acceptance number (受理编号), as the user copies it.
    referenceNumber: z.string().trim().max(80),
    note: z.string().trim().max(500),
  })
  .refine((p) => p.status !== 'filed' || p.filedOn !== null, {
    path: ['filedOn'],
    message: 'a filed package has a filing date',
  });
export type FilingPackage = z.infer<typeof filingPackageSchema>;

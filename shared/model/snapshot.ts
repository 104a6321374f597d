import { z } from 'zod';
import { auditSchema } from './audit';
import { companySchema } from './company';

/**
 * Everything that belongs to one audit, as plain data: what the demo fixture
 * builds, what the CLI reads, and what filing packages carry as audit.json.
 */
export const SNAPSHOT_FORMAT_VERSION = 1;

export const auditSnapshotSchema = z.object({
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
  audit: auditSchema,
  company: companySchema,
});
export type AuditSnapshot = z.infer<typeof auditSnapshotSchema>;

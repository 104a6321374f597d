import { z } from 'zod';
import { baseRecordSchema, isoDate } from './record';

const text = (max: number) => z.string().trim().max(max);

export const auditTypes = ['voluntary', 'mandatory'] as const;
export type AuditType = (typeof auditTypes)[number];

// Order No. 38 Art. 8: the cases that make an audit mandatory ("双超双有").
export const mandatoryBases = [
  'over-standard',
  'over-total',
  'over-energy-quota',
  'toxic-inputs',
  'toxic-emissions',
] as const;
export type MandatoryBasis = (typeof mandatoryBases)[number];

export const procedures = ['full', 'simplified'] as const;
export type Procedure = (typeof procedures)[number];

export const leadAgencies = [
  'ecology-environment',
  'industry-it',
  'development-reform',
] as const;
export type LeadAgency = (typeof leadAgencies)[number];

export const auditStates = ['in-progress', 'evaluated', 'accepted'] as const;
export type AuditState = (typeof auditStates)[number];

export const auditSchema = baseRecordSchema.extend({
  title: text(120).min(1),
  companyId: z.string().min(1).max(64),
  auditType: z.enum(auditTypes),
  mandatoryBases: z.array(z.enum(mandatoryBases)).max(mandatoryBases.length),
  procedure: z.enum(procedures),
  round: z.number().int().min(1).max(20),
  leadAgency: z.enum(leadAgencies),
  listPublishedOn: isoDate.nullable(),
  baseYear: z.number().int().min(2000).max(2100),
  state: z.enum(auditStates),
  consultancyName: text(120),
  leadAuditor: text(60),
  // Stages the consultant has marked done (1–7); a check speaks up when a
  // marked stage still has required steps open. Defaults for records made
  // before the field existed.
  completedStages: z.array(z.number().int().min(1).max(7)).max(7).default([]),
});
export type Audit = z.infer<typeof auditSchema>;

/** Mandatory audits are led by the environment bureau, voluntary ones by industry & IT (Guangdong practice). */
export function defaultLeadAgency(type: AuditType): LeadAgency {
  return type === 'mandatory' ? 'ecology-environment' : 'industry-it';
}

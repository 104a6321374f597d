import { z } from 'zod';
import { DEFAULT_COST_CLASS_RULES } from '../calc/cost-class';
import {
  DEFAULT_ENERGY_ACCOUNTING,
  ELECTRICITY_BASES,
  STANDARD_COEFFICIENT_SET_IDS,
} from '../reference/coefficients';
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

/**
 * The investment thresholds that sort this audit's options into cost classes
 * (domain.md §4.1). No national rule fixes them, so each audit states its
 * own, with the basis its report quotes.
 */
export const costClassRulesSchema = z
  .object({
    lowUpperWanYuan: z.number().positive(),
    midUpperWanYuan: z.number().positive(),
    basis: text(500).default(''),
  })
  .refine((rules) => rules.lowUpperWanYuan < rules.midUpperWanYuan, {
    path: ['midUpperWanYuan'],
    message: 'the mid-cost bound must lie above the low-cost bound',
  });
export type AuditCostClassRules = z.infer<typeof costClassRulesSchema>;

/**
 * How this audit turns energy into standard coal: the GB/T 2589 edition and
 * whether electricity counts at its calorific value (当量值, 0.1229 kgce/kWh)
 * or its equivalent value (等价值). Chosen per audit, as reports and the
 * reviewers' hand checks must agree on one.
 */
export const energyAccountingSchema = z.object({
  coefficientSetId: z.enum(STANDARD_COEFFICIENT_SET_IDS),
  electricityBasis: z.enum(ELECTRICITY_BASES),
});
export type AuditEnergyAccounting = z.infer<typeof energyAccountingSchema>;

export const DEFAULT_AUDIT_ENERGY_ACCOUNTING: AuditEnergyAccounting = {
  coefficientSetId: DEFAULT_ENERGY_ACCOUNTING.coefficientSetId,
  electricityBasis: DEFAULT_ENERGY_ACCOUNTING.electricityBasis,
};

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
  // Audits made before options existed take the common defaults.
  costClassRules: costClassRulesSchema.default({ ...DEFAULT_COST_CLASS_RULES }),
  // Audits made before the choice existed count as the provincial default.
  energyAccounting: energyAccountingSchema.default({
    ...DEFAULT_AUDIT_ENERGY_ACCOUNTING,
  }),
});
export type Audit = z.infer<typeof auditSchema>;

/** Mandatory audits are led by the environment bureau, voluntary ones by industry & IT (Guangdong practice). */
export function defaultLeadAgency(type: AuditType): LeadAgency {
  return type === 'mandatory' ? 'ecology-environment' : 'industry-it';
}

import { z } from 'zod';
import type { EconomicInputs } from '../calc/economics';
import { SCREENING_TICKS } from '../calc/screening';
import {
  auditRowSchema,
  LONG_TEXT,
  optionalAmount,
  optionalNumber,
  text,
} from './audit-row';

// The feasibility study of a mid/high-cost option (stage 5, domain.md §4.4
// and §4.5): market notes, a technical and an environmental evaluation, the
// economic inputs, and the team's conclusion. One study per option.

const check = () => z.enum(SCREENING_TICKS).default('unknown');

// Each point of an evaluation is ticked like a screening criterion: met,
// not met, or still open.

// The technical evaluation as the guides list it: maturity and reference
// cases, fit with industrial policy (not on the phase-out list), effect on
// product quality and output, supply of equipment, materials and utilities,
// operating skills, space and layout, downtime while installing, safety.
const technicalChecksSchema = z.object({
  maturity: check(),
  policyFit: check(),
  productQuality: check(),
  supplyAvailable: check(),
  operatingSkills: check(),
  spaceLayout: check(),
  downtime: check(),
  safety: check(),
});
export const TECHNICAL_CHECKS = technicalChecksSchema.keyof().options;
export type TechnicalCheck = (typeof TECHNICAL_CHECKS)[number];

// The environmental evaluation: resource and energy use, the amount and
// toxicity of waste, secondary pollution or a shift to another medium,
// compliance with discharge standards and permit totals, occupational
// health.
const environmentalChecksSchema = z.object({
  resourceEnergyUse: check(),
  wasteAmountToxicity: check(),
  secondaryPollution: check(),
  dischargeCompliance: check(),
  occupationalHealth: check(),
});
export const ENVIRONMENTAL_CHECKS = environmentalChecksSchema.keyof().options;
export type EnvironmentalCheck = (typeof ENVIRONMENTAL_CHECKS)[number];

const rate = () => z.number().min(0).max(1).nullable();

/**
 * The inputs of evaluateEconomics as the consultant enters them (domain.md
 * §4.5). Each is kept as entered, with the usual defaults (Y = 10 years,
 * t = 25 %, no subsidy), so the report can say which values were used.
 * The discount rate has no default: it is the bank lending rate of the day.
 */
export const economicInputsSchema = z.object({
  totalInvestmentWanYuan: optionalAmount(),
  subsidyWanYuan: z.number().min(0).nullable().default(0),
  revenueIncreaseWanYuanPerYear: z.number().nullable().default(0),
  operatingCostSavingWanYuanPerYear: optionalNumber(),
  depreciationYears: z.number().positive().nullable().default(10),
  discountRate: rate().default(null),
  taxRate: rate().default(0.25),
  // Years counted in the NPV; the depreciation period when empty.
  serviceYears: z.number().int().min(1).nullable().default(null),
});
export type StoredEconomicInputs = z.infer<typeof economicInputsSchema>;

export const FEASIBILITY_CONCLUSIONS = [
  'recommended',
  'not_recommended',
] as const;
export type FeasibilityConclusion = (typeof FEASIBILITY_CONCLUSIONS)[number];

export const feasibilityStudySchema = auditRowSchema
  .extend({
    optionId: z.string().min(1).max(64),
    // Needed only when the product, output or capacity changes.
    marketNotes: text(LONG_TEXT),
    technicalChecks: technicalChecksSchema.prefault({}),
    technicalText: text(LONG_TEXT),
    environmentalChecks: environmentalChecksSchema.prefault({}),
    environmentalText: text(LONG_TEXT),
    economicInputs: economicInputsSchema.prefault({}),
    conclusion: z.enum(FEASIBILITY_CONCLUSIONS).nullable().default(null),
    conclusionReason: text(LONG_TEXT),
  })
  // The report quotes why an option is or is not recommended.
  .refine(
    (study) => study.conclusion === null || study.conclusionReason !== '',
    { path: ['conclusionReason'], message: 'a conclusion needs its reason' },
  );
export type FeasibilityStudy = z.infer<typeof feasibilityStudySchema>;

/**
 * The stored inputs in the form evaluateEconomics takes, or null while the
 * investment, the operating-cost saving, the depreciation period, the
 * discount rate or the tax rate is still empty.
 */
export function economicInputsOf(
  inputs: StoredEconomicInputs,
): EconomicInputs | null {
  const {
    totalInvestmentWanYuan,
    operatingCostSavingWanYuanPerYear,
    depreciationYears,
    discountRate,
    taxRate,
    serviceYears,
  } = inputs;
  if (
    totalInvestmentWanYuan === null ||
    operatingCostSavingWanYuanPerYear === null ||
    depreciationYears === null ||
    discountRate === null ||
    taxRate === null
  ) {
    return null;
  }
  return {
    totalInvestmentWanYuan,
    subsidyWanYuan: inputs.subsidyWanYuan ?? 0,
    revenueIncreaseWanYuanPerYear: inputs.revenueIncreaseWanYuanPerYear ?? 0,
    operatingCostSavingWanYuanPerYear,
    depreciationYears,
    discountRate,
    taxRate,
    ...(serviceYears === null ? {} : { serviceYears }),
  };
}

import { z } from 'zod';
import {
  classifyInvestment,
  COST_CLASS_GROUP,
  COST_CLASSES,
  type CostClass,
  type CostClassRules,
  type CostGroup,
} from '../calc/cost-class';
import { OPTION_STATUSES } from '../calc/option-status';
import {
  decideScreening,
  SCREENING_RESULTS,
  SCREENING_TICKS,
  type ScreeningDecision,
} from '../calc/screening';
import { canConvert, UNITS } from '../calc/units';
import { ASPECT_CODES } from '../reference/aspects';
import { PARAMETER_KEYS, parameterByKey } from '../reference/parameters';
import { technologyById, type TechnologyId } from '../reference/technologies';
import {
  auditRowSchema,
  LONG_TEXT,
  optionalAmount,
  optionalDate,
  optionalNumber,
  SHORT_TEXT,
  text,
} from './audit-row';

// The option register (方案汇总表, domain.md §4.2 and §11.4): one row per
// cleaner-production option, from the idea through screening and, for
// mid/high-cost options, the feasibility study, to implementation and the
// verified results.

export const OPTION_SOURCES = [
  'employee',
  'team',
  'expert',
  'benchmark',
  'catalogue',
] as const;
export type OptionSource = (typeof OPTION_SOURCES)[number];

/** Options come up in pre-assessment (2), assessment (3) or generation (4). */
export const OPTION_STAGES = [2, 3, 4] as const;
export type OptionStage = (typeof OPTION_STAGES)[number];

const recordIds = () => z.array(z.string().min(1).max(64)).default([]);

/**
 * One environmental effect per year, as in the summary table's 环境效果
 * column: positive for a saving or reduction, negative for an increase. The
 * unit may be any unit that converts into the parameter's own (万kWh for
 * electricity, 万t for water), so figures can be typed as the report prints
 * them; sums convert through shared/calc/units.ts.
 */
export const environmentalEffectSchema = z
  .object({
    parameter: z.enum(PARAMETER_KEYS),
    quantity: z.number(),
    unit: z.enum(UNITS),
  })
  .refine(
    (effect) => canConvert(effect.unit, parameterByKey(effect.parameter).unit),
    { path: ['unit'], message: 'unit does not fit the parameter' },
  );
export type OptionEffect = z.infer<typeof environmentalEffectSchema>;

const effects = () => z.array(environmentalEffectSchema).default([]);

/**
 * Economic benefit in 万元/a: the total the summary table prints and the
 * parts it is made of (domain.md §4.5, P = revenue increase + cost savings).
 * Parts may be negative: an option can save water and cost more power. The
 * total may be typed on its own, before anyone has split it; when it is
 * left empty the parts are summed (benefitTotalWanYuanPerYear).
 */
export const economicBenefitSchema = z.object({
  total: optionalNumber(),
  revenueIncrease: optionalNumber(),
  materials: optionalNumber(),
  energy: optionalNumber(),
  water: optionalNumber(),
  waste: optionalNumber(),
  labour: optionalNumber(),
  other: optionalNumber(),
});
export type EconomicBenefit = z.infer<typeof economicBenefitSchema>;

/** The parts an economic benefit may be broken into, besides its total. */
export const BENEFIT_PARTS = [
  'revenueIncrease',
  'materials',
  'energy',
  'water',
  'waste',
  'labour',
  'other',
] as const satisfies readonly (keyof EconomicBenefit)[];

/** The benefit in 万元/a: the typed total, else the sum of the parts given. */
export function benefitTotalWanYuanPerYear(
  benefit: EconomicBenefit,
): number | null {
  if (benefit.total !== null) return benefit.total;
  const parts = BENEFIT_PARTS.map((part) => benefit[part]).filter(
    (value): value is number => value !== null,
  );
  return parts.length === 0 ? null : parts.reduce((sum, v) => sum + v, 0);
}

/**
 * A cost class set by hand against the one the investment suggests. The
 * reason is required because the report has to justify the departure.
 */
export const costClassOverrideSchema = z.object({
  costClass: z.enum(COST_CLASSES),
  reason: z.string().trim().min(1).max(LONG_TEXT),
});

const tick = () => z.enum(SCREENING_TICKS).default('unknown');

/**
 * Screening (domain.md §4.3): the five simple-screening ticks, the team's
 * own result when it departs from what the ticks suggest (with the reason
 * the report quotes), and the weighted scores R of mid/high-cost options,
 * keyed by criterion (a DEFAULT_SCREENING_CRITERIA key or a criterion id).
 * The result itself is not stored: it follows from ticks and override
 * through screeningOf, so the two can never disagree.
 */
export const optionScreeningSchema = z.object({
  ticks: z
    .object({
      technical: tick(),
      environmental: tick(),
      economic: tick(),
      ease: tick(),
      productImpact: tick(),
    })
    .prefault({}),
  override: z
    .object({
      result: z.enum(SCREENING_RESULTS),
      reason: z.string().trim().min(1).max(LONG_TEXT),
    })
    .nullable()
    .default(null),
  weightedScores: z
    .record(z.string().min(1).max(64), z.number().min(0).nullable())
    .default({}),
});

const endNotBefore = (start: string | null, end: string | null) =>
  start === null || end === null || start <= end;

/** What was done, when, for how much, and what was measured afterwards. */
export const optionImplementationSchema = z
  .object({
    plannedStart: optionalDate(),
    plannedEnd: optionalDate(),
    actualStart: optionalDate(),
    actualEnd: optionalDate(),
    actualInvestmentWanYuan: optionalAmount(),
    verifiedBenefitWanYuanPerYear: economicBenefitSchema.prefault({}),
    verifiedEffects: effects(),
    responsible: text(SHORT_TEXT),
    notes: text(LONG_TEXT),
  })
  .refine((i) => endNotBefore(i.plannedStart, i.plannedEnd), {
    path: ['plannedEnd'],
    message: 'ends before it starts',
  })
  .refine((i) => endNotBefore(i.actualStart, i.actualEnd), {
    path: ['actualEnd'],
    message: 'ends before it starts',
  });

export const optionSchema = auditRowSchema
  .extend({
    // F1, F2 … for no/low-cost and Z1, Z2 … for mid/high-cost options, given
    // by the repository; imported registers may bring their own codes.
    code: z.string().trim().min(1).max(16),
    name: z.string().trim().min(1).max(SHORT_TEXT),
    // Problem → measure, as the summary table's 方案简介.
    description: text(LONG_TEXT),
    primaryAspect: z.enum(ASPECT_CODES),
    secondaryAspects: z.array(z.enum(ASPECT_CODES)).default([]),
    source: z.enum(OPTION_SOURCES).default('team'),
    proposer: text(SHORT_TEXT),
    proposedInStage: z
      .union([z.literal(2), z.literal(3), z.literal(4)])
      .default(4),
    linkedCauseIds: recordIds(),
    linkedTargetIds: recordIds(),
    investmentWanYuan: optionalAmount(),
    costClassOverride: costClassOverrideSchema.nullable().default(null),
    economicBenefitWanYuanPerYear: economicBenefitSchema.prefault({}),
    environmentalEffects: effects(),
    status: z.enum(OPTION_STATUSES).default('proposed'),
    screening: optionScreeningSchema.prefault({}),
    implementation: optionImplementationSchema.prefault({}),
    technologyId: z
      .custom<TechnologyId>(
        (id) => typeof id === 'string' && technologyById(id) !== undefined,
        'not a catalogue technology',
      )
      .nullable()
      .default(null),
  })
  .superRefine((option, ctx) => {
    const secondary = option.secondaryAspects;
    if (
      secondary.includes(option.primaryAspect) ||
      new Set(secondary).size !== secondary.length
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['secondaryAspects'],
        message: 'repeats an aspect',
      });
    }
  });
export type Option = z.infer<typeof optionSchema>;

/** The fields of an option that decide its cost class. */
export type CostClassFields = {
  readonly investmentWanYuan?: number | null | undefined;
  readonly costClassOverride?:
    { readonly costClass: CostClass } | null | undefined;
};

/**
 * The option's cost class: the override when set, else the class its
 * estimated investment falls in under the audit's rules; null while the
 * investment is unknown.
 */
export function optionCostClass(
  option: CostClassFields,
  rules: CostClassRules,
): CostClass | null {
  if (option.costClassOverride) return option.costClassOverride.costClass;
  const investment = option.investmentWanYuan;
  if (investment === null || investment === undefined) return null;
  const result = classifyInvestment(investment, rules);
  return result.ok ? result.costClass : null;
}

/**
 * The option's cost group. An option whose investment is not yet estimated
 * counts as no/low-cost, in numbering, in the status workflow and in the
 * performance table alike: ideas raised on the shop floor are mostly
 * housekeeping, and a mid/high-cost option cannot go on to its feasibility
 * study without an investment figure anyway.
 */
export function optionCostGroup(
  option: CostClassFields,
  rules: CostClassRules,
): CostGroup {
  const costClass = optionCostClass(option, rules);
  return costClass === null ? 'noLow' : COST_CLASS_GROUP[costClass];
}

/** The screening result: the team's override, else what the ticks suggest. */
export function screeningOf(
  option: Pick<Option, 'screening'>,
): ScreeningDecision {
  return decideScreening(option.screening.ticks, option.screening.override);
}

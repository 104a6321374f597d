import type { AuditRowInput } from '../model/audit-rows';
import type { CostClass } from '../calc/cost-class';
import type { OptionStatus } from '../calc/option-status';
import type { ScreeningResult, ScreeningTicks } from '../calc/screening';
import type { Unit } from '../calc/units';
import { DEFAULT_SCREENING_CRITERIA } from '../calc/weighted-sum';
import type {
  EconomicBenefit,
  OptionSource,
  OptionStage,
} from '../model/option';
import type { AspectCode } from '../reference/aspects';
import type { ParameterKey } from '../reference/parameters';
import type { TechnologyId } from '../reference/technologies';
import { demoId } from './common';

// A compact way to write the demo's option register: one object per option
// with the estimate and the measured value side by side, turned into the
// stored row's nested fields by optionInput.

/** Parameter, estimated and verified quantity per year (null: not yet), unit. */
export type DemoEffect = readonly [ParameterKey, number, number | null, Unit];

/** A benefit in 万元/a: a total, or its parts for options with a study. */
export type DemoBenefit = number | Partial<Omit<EconomicBenefit, 'total'>>;

export interface DemoOptionSpec {
  /** A name for the option that the feasibility studies refer to. */
  readonly key: string;
  readonly aspect: AspectCode;
  readonly secondary?: readonly AspectCode[];
  readonly name: string;
  readonly description: string;
  readonly source: OptionSource;
  readonly proposer: string;
  readonly stage: OptionStage;
  /** Estimated and actual investment, 万元. */
  readonly investment: readonly [number, number | null];
  readonly override?: {
    readonly costClass: CostClass;
    readonly reason: string;
  };
  /** Estimated and verified benefit. */
  readonly benefit: readonly [DemoBenefit, DemoBenefit | null];
  readonly effects?: readonly DemoEffect[];
  readonly status: OptionStatus;
  readonly plan?: readonly [string, string];
  /** Actual start and end; implemented options default to the plan. */
  readonly done?: readonly [string, string | null];
  readonly responsible: string;
  readonly causes?: readonly number[];
  readonly targets?: readonly number[];
  readonly technology?: TechnologyId;
  readonly ticks?: Partial<ScreeningTicks>;
  readonly screeningOverride?: {
    readonly result: ScreeningResult;
    readonly reason: string;
  };
  /** R for the default screening criteria, in their order. */
  readonly scores?: readonly [number, number, number, number];
}

const DONE: readonly OptionStatus[] = ['implemented', 'verified'];

function benefitOf(benefit: DemoBenefit): Partial<EconomicBenefit> {
  return typeof benefit === 'number' ? { total: benefit } : benefit;
}

function ticksOf(spec: DemoOptionSpec): ScreeningTicks {
  const mark = spec.status === 'proposed' ? 'unknown' : 'pass';
  return {
    technical: mark,
    environmental: mark,
    economic: mark,
    ease: mark,
    productImpact: mark,
    ...spec.ticks,
  };
}

// Scores R in the order of DEFAULT_SCREENING_CRITERIA, keyed by the record
// id of the demo's criterion made from that preset (see stage4-7.ts).
function scoresOf(spec: DemoOptionSpec): Record<string, number> {
  const scores = (spec.scores ?? []).slice(
    0,
    DEFAULT_SCREENING_CRITERIA.length,
  );
  return Object.fromEntries(
    scores.map((score, i) => [demoId('criterion', i + 1), score]),
  );
}

function datesOf(spec: DemoOptionSpec) {
  const plan = spec.plan ?? null;
  const done = spec.done ?? (DONE.includes(spec.status) ? plan : null);
  return {
    plannedStart: plan?.[0] ?? null,
    plannedEnd: plan?.[1] ?? null,
    actualStart: done?.[0] ?? null,
    actualEnd: done?.[1] ?? null,
  };
}

/** The stored fields of one demo option under the code it was given. */
export function optionInput(
  spec: DemoOptionSpec,
  code: string,
): AuditRowInput<'options'> {
  const [investmentWanYuan, actualInvestmentWanYuan] = spec.investment;
  const [estimatedBenefit, verifiedBenefit] = spec.benefit;
  const effects = spec.effects ?? [];
  return {
    code,
    name: spec.name,
    description: spec.description,
    primaryAspect: spec.aspect,
    secondaryAspects: [...(spec.secondary ?? [])],
    source: spec.source,
    proposer: spec.proposer,
    proposedInStage: spec.stage,
    linkedCauseIds: (spec.causes ?? []).map((n) => demoId('cause', n)),
    linkedTargetIds: (spec.targets ?? []).map((n) => demoId('target', n)),
    investmentWanYuan,
    costClassOverride: spec.override ?? null,
    economicBenefitWanYuanPerYear: benefitOf(estimatedBenefit),
    environmentalEffects: effects.map(([parameter, quantity, , unit]) => ({
      parameter,
      quantity,
      unit,
    })),
    status: spec.status,
    screening: {
      ticks: ticksOf(spec),
      override: spec.screeningOverride ?? null,
      weightedScores: scoresOf(spec),
    },
    implementation: {
      ...datesOf(spec),
      actualInvestmentWanYuan,
      verifiedBenefitWanYuanPerYear:
        verifiedBenefit === null ? {} : benefitOf(verifiedBenefit),
      verifiedEffects: effects.flatMap(([parameter, , quantity, unit]) =>
        quantity === null ? [] : [{ parameter, quantity, unit }],
      ),
      responsible: spec.responsible,
    },
    technologyId: spec.technology ?? null,
  };
}

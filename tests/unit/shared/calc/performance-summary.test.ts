import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_CLASS_RULES } from '@shared/calc/cost-class';
import {
  performanceSummary,
  REDUCTION_COLUMNS,
  SAVING_COLUMNS,
  type PerformanceSummarySettings,
} from '@shared/calc/performance-summary';
import type { Option } from '@shared/model/option';
import {
  COEFFICIENT_SETS,
  DEFAULT_ENERGY_ACCOUNTING,
} from '@shared/reference/coefficients';
import { PARAMETER_KEYS } from '@shared/reference/parameters';
import { makeOption as option } from '../../../fixtures/option';

const settings = (
  electricityBasis: PerformanceSummarySettings['electricityBasis'],
): PerformanceSummarySettings => ({
  costClassRules: DEFAULT_COST_CLASS_RULES,
  coefficientSet: COEFFICIENT_SETS[DEFAULT_ENERGY_ACCOUNTING.coefficientSetId],
  electricityBasis,
});

// Seven live options and one in the bin, thresholds 5 and 50 万元. The
// estimated side counts every live option except the rejected O5; the
// verified side counts O1–O3, which are done.
const FIXTURE: Option[] = [
  // O1: no-cost, verified; 8 万kWh is 80 000 kWh.
  option({
    primaryAspect: 'A7',
    investmentWanYuan: 0,
    economicBenefitWanYuanPerYear: { total: 6 },
    environmentalEffects: [
      { parameter: 'electricity', quantity: 8, unit: '万kWh' },
    ],
    status: 'verified',
    implementation: {
      actualInvestmentWanYuan: 0,
      verifiedBenefitWanYuanPerYear: { total: 5 },
      verifiedEffects: [
        { parameter: 'electricity', quantity: 70_000, unit: 'kWh' },
      ],
    },
  }),
  // O2: low-cost, implemented; the benefit is only given in parts and the
  // water as 0.5 万t.
  option({
    primaryAspect: 'A2',
    investmentWanYuan: 4,
    economicBenefitWanYuanPerYear: { water: 2.25, materials: 1.5 },
    environmentalEffects: [
      { parameter: 'water', quantity: 0.5, unit: '万t' },
      { parameter: 'wastewater', quantity: 5_000, unit: 't' },
      { parameter: 'cod', quantity: 0.5, unit: 't' },
    ],
    status: 'implemented',
    implementation: {
      actualInvestmentWanYuan: 4.5,
      verifiedBenefitWanYuanPerYear: { total: 3 },
      verifiedEffects: [
        { parameter: 'water', quantity: 4_000, unit: 't' },
        { parameter: 'wastewater', quantity: 4_000, unit: 't' },
        { parameter: 'cod', quantity: 0.25, unit: 't' },
      ],
    },
  }),
  // O3: mid-cost, verified.
  option({
    primaryAspect: 'A3',
    investmentWanYuan: 45,
    economicBenefitWanYuanPerYear: { total: 30 },
    environmentalEffects: [
      { parameter: 'electricity', quantity: 300_000, unit: 'kWh' },
      { parameter: 'naturalGas', quantity: 20_000, unit: 'm3' },
    ],
    status: 'verified',
    implementation: {
      actualInvestmentWanYuan: 48,
      verifiedBenefitWanYuanPerYear: { total: 25 },
      verifiedEffects: [
        { parameter: 'electricity', quantity: 250_000, unit: 'kWh' },
        { parameter: 'naturalGas', quantity: 16_000, unit: 'm3' },
      ],
    },
  }),
  // O4: high-cost, still being built; it uses 200 000 kWh more.
  option({
    primaryAspect: 'A6',
    investmentWanYuan: 180,
    economicBenefitWanYuanPerYear: { total: 100 },
    environmentalEffects: [
      { parameter: 'hazardousWaste', quantity: 1_000, unit: 't' },
      { parameter: 'electricity', quantity: -200_000, unit: 'kWh' },
      { parameter: 'ammoniaNitrogen', quantity: 1.5, unit: 't' },
    ],
    status: 'implementing',
  }),
  // O5: low-cost but rejected: counted, never summed.
  option({
    primaryAspect: 'A1',
    investmentWanYuan: 2,
    economicBenefitWanYuanPerYear: { total: 10 },
    environmentalEffects: [
      { parameter: 'electricity', quantity: 1_000_000, unit: 'kWh' },
    ],
    status: 'rejected',
  }),
  // O6: high-cost, planned: coal out, more gas in.
  option({
    primaryAspect: 'A1',
    investmentWanYuan: 60,
    economicBenefitWanYuanPerYear: { total: 20 },
    environmentalEffects: [
      { parameter: 'rawCoal', quantity: 100, unit: 't' },
      { parameter: 'naturalGas', quantity: -60_000, unit: 'm3' },
      { parameter: 'steam', quantity: 500, unit: 't' },
      { parameter: 'so2', quantity: 0.8, unit: 't' },
      { parameter: 'nox', quantity: 0.3, unit: 't' },
    ],
    status: 'planned',
  }),
  // O7: not yet costed, so no/low-cost; no benefit given.
  option({
    primaryAspect: 'A8',
    environmentalEffects: [
      { parameter: 'vocs', quantity: 0.5, unit: 't' },
      { parameter: 'solidWaste', quantity: 2, unit: 't' },
      { parameter: 'steam', quantity: 100, unit: 't' },
      { parameter: 'diesel', quantity: 2, unit: 't' },
    ],
  }),
  // In the bin: ignored everywhere.
  option({
    primaryAspect: 'A4',
    investmentWanYuan: 1,
    economicBenefitWanYuanPerYear: { total: 99 },
    environmentalEffects: [{ parameter: 'water', quantity: 99, unit: '万t' }],
    status: 'verified',
    deletedAt: '2026-05-02T08:00:00.000Z',
  }),
];

describe('the performance summary', () => {
  it('counts live options by cost group, implementation and primary aspect', () => {
    const { optionCounts } = performanceSummary(FIXTURE, settings('calorific'));

    expect(optionCounts).toEqual({
      total: 7,
      noLowCost: 4,
      midHighCost: 3,
      implemented: 3,
      byAspect: {
        materialsEnergy: 2,
        process: 1,
        equipment: 1,
        processControl: 0,
        product: 0,
        waste: 1,
        management: 1,
        staff: 1,
      },
    });
  });

  it('sums the estimates of every option not set aside, increases subtracting', () => {
    const { estimated } = performanceSummary(FIXTURE, settings('calorific'));

    expect(estimated).toMatchObject({
      investmentWanYuan: 289,
      economicBenefitWanYuanPerYear: 159.75,
      savings: {
        electricityKwh: 180_000,
        waterT: 5_000,
        naturalGasM3: -40_000,
        steamT: 600,
        rawCoalT: 100,
        dieselT: 2,
      },
      reductions: {
        wastewaterT: 5_000,
        codT: 0.5,
        ammoniaNitrogenT: 1.5,
        so2T: 0.8,
        noxT: 0.3,
        vocsT: 0.5,
        hazardousWasteT: 1_000,
        solidWasteT: 2,
        totalNitrogenT: 0,
        totalPhosphorusT: 0,
        particulatesT: 0,
        heavyMetalsKg: 0,
        co2T: 0,
      },
    });
  });

  it('converts the estimated energy to tce on the calorific basis, leaving water out', () => {
    // 180 000 kWh × 0.1229 − 40 000 m³ × 1.2143 + 600 000 kg × 0.1286
    // + 100 000 kg × 0.7143 + 2 000 kg × 1.4571 = 125 054.2 kgce.
    const { estimated } = performanceSummary(FIXTURE, settings('calorific'));

    expect(estimated.energySavedTcePerYear).toBeCloseTo(125.0542, 9);
  });

  it('counts electricity at 0.300 kgce/kWh on the equivalent basis', () => {
    // As above with 180 000 kWh × 0.300 = 54 000 kgce: 156 932.2 kgce.
    const { estimated } = performanceSummary(FIXTURE, settings('equivalent'));

    expect(estimated.energySavedTcePerYear).toBeCloseTo(156.9322, 9);
  });

  it('sums the implementation records of the implemented and verified options', () => {
    const { verified } = performanceSummary(FIXTURE, settings('calorific'));

    expect(verified).toMatchObject({
      investmentWanYuan: 52.5,
      economicBenefitWanYuanPerYear: 33,
      savings: {
        electricityKwh: 320_000,
        waterT: 4_000,
        naturalGasM3: 16_000,
        steamT: 0,
        rawCoalT: 0,
        dieselT: 0,
      },
      reductions: { wastewaterT: 4_000, codT: 0.25, hazardousWasteT: 0 },
    });
  });

  it('converts the verified energy on either basis', () => {
    // 320 000 kWh × 0.1229 (or 0.300) + 16 000 m³ × 1.2143.
    const calorific = performanceSummary(FIXTURE, settings('calorific'));
    const equivalent = performanceSummary(FIXTURE, settings('equivalent'));

    expect(calorific.verified.energySavedTcePerYear).toBeCloseTo(58.7568, 9);
    expect(equivalent.verified.energySavedTcePerYear).toBeCloseTo(115.4288, 9);
  });

  it('counts other fuel entered in standard coal in the energy saved only', () => {
    const fuel = option({
      primaryAspect: 'A1',
      environmentalEffects: [
        { parameter: 'otherFuel', quantity: 2_500, unit: 'kgce' },
      ],
    });

    const { estimated } = performanceSummary([fuel], settings('calorific'));

    expect(estimated.energySavedTcePerYear).toBe(2.5);
    expect(Object.values(estimated.savings).every((v) => v === 0)).toBe(true);
  });

  it('gives every parameter but other fuel a column of its own', () => {
    const columns = [
      ...Object.values(SAVING_COLUMNS),
      ...Object.values(REDUCTION_COLUMNS),
    ].map((column) => column.parameter);

    expect([...columns, 'otherFuel'].sort()).toEqual(
      [...PARAMETER_KEYS].sort(),
    );
  });

  it('reports zeros for an audit without options', () => {
    const summary = performanceSummary([], settings('calorific'));

    expect(summary.optionCounts.total).toBe(0);
    expect(summary.estimated.investmentWanYuan).toBe(0);
    expect(summary.verified.energySavedTcePerYear).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  auditEnergyAccounting,
  energyRowIssue,
  energySummary,
} from '@renderer/features/stages/stage2/baseline/energy-summary';
import { DEFAULT_AUDIT_ENERGY_ACCOUNTING } from '@shared/model/audit';
import { boards, energyItems, item, product } from './fixtures';

const YEARS = [2023, 2024, 2025];
const accounting = auditEnergyAccounting(DEFAULT_AUDIT_ENERGY_ACCOUNTING);

function summaryOf(items = energyItems(), products = boards()) {
  return energySummary(items, products, YEARS, accounting);
}

const litresOfDiesel = () =>
  item({
    id: 'diesel',
    category: 'energy',
    name: '柴油',
    unit: 'L',
    energyCarrierKey: 'diesel',
    quantityByYear: { '2025': 14_200 },
  });

describe('the energy total of the baseline', () => {
  it('uses GB/T 2589-2020 with electricity on the calorific basis', () => {
    expect(accounting.set.id).toBe('gbt2589-2020');
    expect(accounting.basis).toBe('calorific');
    expect(accounting.electricityKgcePerKwh).toBe(0.1229);
  });

  it('sums the demo year 2025 to 4,018.216 tce', () => {
    // 18,500,000 kWh × 0.1229 + 420,000 m³ × 1.2143 + 9,600,000 kg × 0.1286
    // = 2,273,650 + 510,006 + 1,234,560 kgce.
    const year = summaryOf().years[2];
    expect(year?.tce).toBeCloseTo(4_018.216, 6);
  });

  it('gives kgce per m² of all boards and tce per 万元 of output value', () => {
    const year = summaryOf().years[2];
    expect(year?.kgcePerUnit).toBeCloseTo(4_018_216 / 620_000, 6);
    expect(year?.tcePerWanYuan).toBeCloseTo(4_018.216 / 52_000, 9);
    expect(summaryOf().perUnitBasis).toEqual({ kind: 'total', unit: 'm²' });
  });

  it('sums each history year on its own', () => {
    expect(summaryOf().years[0]?.tce).toBeCloseTo(3_757.5994, 6);
  });

  it('leaves fresh water out as a working medium and names it', () => {
    const summary = summaryOf();
    expect(summary.workingMedia).toEqual(['新鲜水']);
    expect(summary.excluded).toEqual([]);
  });

  it('leaves out and lists a row whose unit does not convert', () => {
    const summary = summaryOf([...energyItems(), litresOfDiesel()]);
    expect(summary.years[2]?.tce).toBeCloseTo(4_018.216, 6);
    expect(summary.excluded).toEqual([
      {
        id: 'diesel',
        name: '柴油',
        unit: 'L',
        carrierKey: 'diesel',
        issue: 'unit-not-convertible',
      },
    ]);
  });

  it('converts a row in t into the kg of its carrier', () => {
    const diesel = {
      ...litresOfDiesel(),
      unit: 't',
      quantityByYear: { '2025': 14.2 },
    };
    const summary = summaryOf([...energyItems(), diesel]);
    // 14,200 kg × 1.4571 kgce/kg = 20,690.82 kgce more.
    expect(summary.years[2]?.tce).toBeCloseTo(4_038.90682, 6);
  });

  it('divides by the main product when the products differ in unit', () => {
    const bolts = product({
      id: 'bolts',
      name: '螺栓',
      unit: '万件',
      outputByYear: { '2025': 80 },
      outputValueWanYuanByYear: { '2025': 100 },
    });
    const summary = summaryOf(energyItems(), [...boards(), bolts]);
    expect(summary.perUnitBasis).toEqual({
      kind: 'main',
      unit: 'm²',
      productName: '多层板',
    });
    expect(summary.years[2]?.kgcePerUnit).toBeCloseTo(4_018_216 / 374_000, 6);
  });

  it('gives no figures for a year without energy data', () => {
    const summary = energySummary(energyItems(), boards(), [2020], accounting);
    expect(summary.years).toEqual([
      { year: 2020, tce: null, kgcePerUnit: null, tcePerWanYuan: null },
    ]);
  });
});

describe('energyRowIssue', () => {
  it('asks an energy row for its carrier', () => {
    expect(
      energyRowIssue({
        category: 'energy',
        unit: 't',
        energyCarrierKey: null,
        measuredHeatingValueKjPerUnit: null,
      }),
    ).toBe('no-carrier');
  });

  it('ignores the carrier of a raw material row', () => {
    expect(
      energyRowIssue({
        category: 'raw',
        unit: '卷',
        energyCarrierKey: 'electricity',
        measuredHeatingValueKjPerUnit: null,
      }),
    ).toBeNull();
  });

  it('refuses a measured heating value for electricity', () => {
    expect(
      energyRowIssue({
        category: 'energy',
        unit: 'kWh',
        energyCarrierKey: 'electricity',
        measuredHeatingValueKjPerUnit: 3_600,
      }),
    ).toBe('heating-value-not-applicable');
  });
});

import { z } from 'zod';
import {
  isEnergyCarrierKey,
  type EnergyCarrierKey,
} from '../reference/energy-carriers';
import {
  auditRowSchema,
  optionalAmount,
  optionalCount,
  optionalYear,
  SHORT_TEXT,
  text,
  yearlyValues,
} from './audit-row';

// Stage 2 desk survey (现状调研): the three-year history of what the company
// makes, what it uses and what it runs. Quantities are kept in the unit the
// consultant typed; conversions happen in shared/calc/units.ts when a
// calculation needs them.

/** A row of the product and output table (企业历年产品/产量表). */
export const productSchema = auditRowSchema.extend({
  name: text(SHORT_TEXT),
  unit: text(20),
  outputByYear: yearlyValues(),
  outputValueWanYuanByYear: yearlyValues(),
  // Design capacity per year, in `unit`.
  capacityPerYear: optionalAmount(),
});
export type Product = z.infer<typeof productSchema>;

export const consumptionCategories = [
  'raw',
  'auxiliary',
  'energy',
  'water',
] as const;
export type ConsumptionCategory = (typeof consumptionCategories)[number];

const energyCarrierKey = z.custom<EnergyCarrierKey>(
  isEnergyCarrierKey,
  'not an energy carrier',
);

/**
 * A row of 主要原辅材料和能源消耗表: one raw material, auxiliary, energy
 * carrier or water source.
 */
export const consumptionItemSchema = auditRowSchema.extend({
  category: z.enum(consumptionCategories).default('raw'),
  name: text(SHORT_TEXT),
  unit: text(20),
  // Links an energy or water row to the coefficient catalogue, so standard
  // coal can be summed; the row's `unit` may differ from the carrier's (万kWh
  // against kWh) and is converted when the sum is made.
  energyCarrierKey: energyCarrierKey.nullable().default(null),
  // A measured net calorific value replaces the catalogue coefficient (GB/T
  // 2589-2020 recommends it for natural gas), per one unit of the carrier.
  measuredHeatingValueKjPerUnit: z.number().positive().nullable().default(null),
  quantityByYear: yearlyValues(),
  // The product whose output the use per unit is divided by. Null for items
  // shared by several products; per-unit figures then use the total output,
  // which only means something when the products share a unit (PCB: m²).
  productId: z.string().min(1).max(64).nullable().default(null),
  // Benchmarks per unit of product, in `unit` per product unit (e.g. kWh/m²).
  benchmarkDomesticAdvanced: optionalAmount(),
  benchmarkInternationalAdvanced: optionalAmount(),
  benchmarkQuota: optionalAmount(),
  // Toxic or hazardous input (有毒有害原料), one of the mandatory-audit
  // triggers ("双有").
  hazardous: z.boolean().default(false),
});
export type ConsumptionItem = z.infer<typeof consumptionItemSchema>;

/** A row of 主要设备一览表. */
export const equipmentSchema = auditRowSchema.extend({
  name: text(SHORT_TEXT),
  model: text(60),
  // Rated power of one unit.
  powerKw: optionalAmount(),
  quantity: optionalCount(),
  // Year put into service.
  year: optionalYear(),
  process: text(SHORT_TEXT),
  status: text(40),
  // Listed in a national catalogue of outdated equipment to be phased out
  // (淘汰目录); such equipment must appear among the audit's problems.
  onPhaseOutList: z.boolean().default(false),
});
export type Equipment = z.infer<typeof equipmentSchema>;

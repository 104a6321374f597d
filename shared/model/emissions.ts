import { z } from 'zod';
import {
  auditRowSchema,
  LONG_TEXT,
  optionalAmount,
  optionalPercent,
  optionalYear,
  SHORT_TEXT,
  text,
  yearlyValues,
} from './audit-row';

// Stage 2: the waste streams the company generates and discharges, and the
// facilities that treat them (企业历年废弃物流情况表, 环保设施状况表).

export const wasteMedia = [
  'wastewater',
  'waste-gas',
  'solid',
  'hazardous',
  'noise',
] as const;
export type WasteMedium = (typeof wasteMedia)[number];

// Classes HW01–HW50 of the national hazardous-waste list (2021 edition).
export const HW_CODE_PATTERN = /^HW(0[1-9]|[1-4]\d|50)$/;

/**
 * One pollutant of one stream: a wastewater outlet gives a row each for its
 * volume, COD and metals. Quantities are per year, in `unit`; the
 * concentration and its limit share `concentrationUnit` (mg/L, mg/m³, or
 * dB(A) for noise, which has no yearly quantity).
 */
export const wasteStreamSchema = auditRowSchema
  .extend({
    medium: z.enum(wasteMedia).default('wastewater'),
    source: text(SHORT_TEXT),
    pollutant: text(SHORT_TEXT),
    generatedByYear: yearlyValues(),
    dischargedByYear: yearlyValues(),
    unit: text(20),
    concentration: optionalAmount(),
    concentrationUnit: text(20),
    standardLimit: optionalAmount(),
    // Permitted total per year under the discharge permit, in `unit`.
    permitTotal: optionalAmount(),
    treatment: text(LONG_TEXT),
    destination: text(LONG_TEXT),
    hwCode: z.string().regex(HW_CODE_PATTERN).nullable().default(null),
  })
  .superRefine((row, ctx) => {
    if (row.hwCode !== null && row.medium !== 'hazardous') {
      ctx.addIssue({
        code: 'custom',
        path: ['hwCode'],
        message: 'an HW code belongs to hazardous waste only',
      });
    }
  });
export type WasteStream = z.infer<typeof wasteStreamSchema>;

/** A row of 环保设施状况表. */
export const envFacilitySchema = auditRowSchema.extend({
  name: text(SHORT_TEXT),
  yearBuilt: optionalYear(),
  investmentWanYuan: optionalAmount(),
  designCapacity: optionalAmount(),
  actualCapacity: optionalAmount(),
  // Shared by both capacities, e.g. t/d or m³/h.
  capacityUnit: text(20),
  efficiencyPercent: optionalPercent(),
  runningCostWanYuanPerYear: optionalAmount(),
});
export type EnvFacility = z.infer<typeof envFacilitySchema>;

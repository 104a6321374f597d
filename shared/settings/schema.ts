import { z } from 'zod';

/**
 * App settings: the only data kept outside IndexedDB. electron-store holds
 * them in the desktop host and localStorage in the web host; both parse with
 * this schema, so a hand-edited or corrupted file can never reach the UI.
 */
export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

export const reportKinds = ['evaluation', 'review', 'acceptance'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const SETTINGS_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().trim().max(max);

export const auditorSchema = z.object({
  id: z.string().min(1).max(64),
  name: text(60).min(1),
  title: text(60),
  certificateNumber: text(60),
});
export type Auditor = z.infer<typeof auditorSchema>;

export const consultancySchema = z.object({
  name: text(120),
  creditCode: text(18),
  address: text(200),
  phone: text(40),
  auditors: z.array(auditorSchema).max(200),
});

// Rates are fractions (0.25 = 25 %). The bounds keep typing slips such as
// "25" for a tax rate from silently producing absurd feasibility figures.
export const economicsSchema = z.object({
  discountRate: z.number().min(0).max(0.5),
  depreciationYears: z.number().int().min(1).max(50),
  incomeTaxRate: z.number().min(0).max(0.6),
});

// 万元 thresholds between cost classes: 无费 is exactly 0, 低费 is below
// lowUpper, 中费 below midUpper, 高费 from midUpper up.
export const costClassThresholdsSchema = z
  .object({
    lowUpperWanYuan: z.number().positive().max(100000),
    midUpperWanYuan: z.number().positive().max(100000),
  })
  .refine((value) => value.lowUpperWanYuan < value.midUpperWanYuan, {
    message: 'cost-class-order',
    path: ['midUpperWanYuan'],
  });

export const reportPreferencesSchema = z.object({
  defaultKind: z.enum(reportKinds),
  useSystemFonts: z.boolean(),
  draftMark: z.boolean(),
});

export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  language: z.enum(languages),
  consultancy: consultancySchema,
  economics: economicsSchema,
  costClass: costClassThresholdsSchema,
  report: reportPreferencesSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  language: 'zh-CN',
  consultancy: {
    name: '',
    creditCode: '',
    address: '',
    phone: '',
    auditors: [],
  },
  // 5 % is the rate most worked examples use; consultants enter the current
  // bank lending rate for each audit.
  economics: { discountRate: 0.05, depreciationYears: 10, incomeTaxRate: 0.25 },
  costClass: { lowUpperWanYuan: 5, midUpperWanYuan: 50 },
  report: { defaultKind: 'review', useSystemFonts: true, draftMark: true },
};

/** A partial update: each top-level section is replaced whole. */
export const settingsPatchSchema = settingsSchema
  .omit({ schemaVersion: true })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

import type { Settings } from '@shared/settings/schema';

/**
 * The settings form edits text, not numbers: percentages are shown as
 * percents and only turned back into fractions when they parse and fall in
 * range, so a half-typed value never reaches the store.
 */
export type SettingsDraft = {
  language: Settings['language'];
  consultancy: Settings['consultancy'];
  discountRatePercent: string;
  depreciationYears: string;
  incomeTaxRatePercent: string;
  lowUpperWanYuan: string;
  midUpperWanYuan: string;
  report: Settings['report'];
};

export type DraftErrorKey =
  | 'discountRatePercent'
  | 'depreciationYears'
  | 'incomeTaxRatePercent'
  | 'lowUpperWanYuan'
  | 'midUpperWanYuan'
  | 'auditors';

export type DraftError =
  | { kind: 'number' }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'order' }
  | { kind: 'nameRequired' };

const percent = (fraction: number) =>
  String(Math.round(fraction * 10000) / 100);

export function toDraft(settings: Settings): SettingsDraft {
  return {
    language: settings.language,
    consultancy: settings.consultancy,
    discountRatePercent: percent(settings.economics.discountRate),
    depreciationYears: String(settings.economics.depreciationYears),
    incomeTaxRatePercent: percent(settings.economics.incomeTaxRate),
    lowUpperWanYuan: String(settings.costClass.lowUpperWanYuan),
    midUpperWanYuan: String(settings.costClass.midUpperWanYuan),
    report: settings.report,
  };
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

type Check = {
  key: DraftErrorKey;
  min: number;
  max: number;
  integer?: boolean;
  exclusiveMin?: boolean;
};

const checks: Check[] = [
  { key: 'discountRatePercent', min: 0, max: 50 },
  { key: 'depreciationYears', min: 1, max: 50, integer: true },
  { key: 'incomeTaxRatePercent', min: 0, max: 60 },
  { key: 'lowUpperWanYuan', min: 0.01, max: 100000 },
  { key: 'midUpperWanYuan', min: 0.01, max: 100000 },
];

export function fromDraft(
  draft: SettingsDraft,
):
  | { ok: true; settings: Omit<Settings, 'schemaVersion'> }
  | { ok: false; errors: Partial<Record<DraftErrorKey, DraftError>> } {
  const errors: Partial<Record<DraftErrorKey, DraftError>> = {};
  const values: Partial<Record<DraftErrorKey, number>> = {};
  for (const check of checks) {
    const value = parseNumber(
      draft[check.key as keyof SettingsDraft] as string,
    );
    if (value === null || (check.integer && !Number.isInteger(value)))
      errors[check.key] = { kind: 'number' };
    else if (value < check.min || value > check.max)
      errors[check.key] = { kind: 'range', min: check.min, max: check.max };
    else values[check.key] = value;
  }
  const low = values.lowUpperWanYuan;
  const mid = values.midUpperWanYuan;
  if (low !== undefined && mid !== undefined && low >= mid)
    errors.midUpperWanYuan = { kind: 'order' };
  if (draft.consultancy.auditors.some((a) => !a.name.trim()))
    errors.auditors = { kind: 'nameRequired' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      language: draft.language,
      consultancy: draft.consultancy,
      economics: {
        discountRate: (values.discountRatePercent ?? 0) / 100,
        depreciationYears: values.depreciationYears ?? 10,
        incomeTaxRate: (values.incomeTaxRatePercent ?? 0) / 100,
      },
      costClass: { lowUpperWanYuan: low ?? 5, midUpperWanYuan: mid ?? 50 },
      report: draft.report,
    },
  };
}

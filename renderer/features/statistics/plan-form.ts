import { PLAN_INDICATORS, type PlanIndicator } from '@shared/model/portfolio';
import type { PlanTargetFields } from '../../db/repositories/portfolio';

export type PlanForm = {
  indicator: PlanIndicator;
  fromYear: string;
  toYear: string;
  target: string;
};

export type PlanFormProblem = 'badYears' | 'badTarget';

export function emptyPlanForm(year: number): PlanForm {
  return {
    indicator: PLAN_INDICATORS[0],
    fromYear: String(year),
    toYear: String(year),
    target: '',
  };
}

const isYear = (value: number) =>
  Number.isInteger(value) && value >= 2000 && value <= 2100;

/** The fields to store, or what is wrong with the form. */
export function readPlanForm(
  form: PlanForm,
):
  | { ok: true; fields: PlanTargetFields }
  | { ok: false; problem: PlanFormProblem } {
  const fromYear = Number(form.fromYear.trim());
  const toYear = Number(form.toYear.trim());
  // Thousands separators are common in typed targets (5,000).
  const target = Number(form.target.replace(/[,，\s]/g, ''));
  if (!isYear(fromYear) || !isYear(toYear) || fromYear > toYear) {
    return { ok: false, problem: 'badYears' };
  }
  if (form.target.trim() === '' || !Number.isFinite(target) || target <= 0) {
    return { ok: false, problem: 'badTarget' };
  }
  return {
    ok: true,
    fields: { indicator: form.indicator, fromYear, toYear, target, note: '' },
  };
}

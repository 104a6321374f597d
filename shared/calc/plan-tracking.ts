import type { PlanIndicator, PlanTarget } from '../model/portfolio';
import { auditYear, type PortfolioAudit } from './portfolio';

// Plan tracking: the targets a consultancy or city sets itself (the way the
// provincial plan lists companies audited, companies accepted, mandatory
// audits evaluated and accepted …) against what the stored audits show.

/**
 * The year an audit counts as passed: its acceptance date when one is
 * recorded, else its audit year. Evaluated-only audits count in their audit
 * year too, since the app keeps no evaluation date for them yet.
 */
export function passedYear(entry: PortfolioAudit): number {
  const year = Number(entry.acceptedOn?.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : auditYear(entry.audit);
}

const passed = (entry: PortfolioAudit) => entry.audit.state !== 'in-progress';

const companiesOf = (entries: readonly PortfolioAudit[]) =>
  new Set(entries.map((entry) => entry.audit.companyId)).size;

type Measure = (entries: readonly PortfolioAudit[], inYears: Years) => number;
type Years = (year: number) => boolean;

const MEASURES: Readonly<Record<PlanIndicator, Measure>> = {
  companiesAudited: (entries, inYears) =>
    companiesOf(entries.filter((e) => inYears(auditYear(e.audit)))),
  companiesAccepted: (entries, inYears) =>
    companiesOf(
      entries.filter(
        (e) => e.audit.state === 'accepted' && inYears(passedYear(e)),
      ),
    ),
  mandatoryAccepted: (entries, inYears) =>
    companiesOf(
      entries.filter(
        (e) =>
          e.audit.auditType === 'mandatory' &&
          passed(e) &&
          inYears(passedYear(e)),
      ),
    ),
  voluntaryAccepted: (entries, inYears) =>
    companiesOf(
      entries.filter(
        (e) =>
          e.audit.auditType === 'voluntary' &&
          passed(e) &&
          inYears(passedYear(e)),
      ),
    ),
  optionsImplemented: (entries, inYears) =>
    sumOver(entries, inYears, (e) => e.summary.optionCounts.implemented),
  energySavedTce: (entries, inYears) =>
    sumOver(entries, inYears, (e) => e.summary.verified.energySavedTcePerYear),
  waterSavedT: (entries, inYears) =>
    sumOver(entries, inYears, (e) => e.summary.verified.savings.waterT),
  codReducedT: (entries, inYears) =>
    sumOver(entries, inYears, (e) => e.summary.verified.reductions.codT),
};

// Implemented options and verified savings count in the audit's year.
function sumOver(
  entries: readonly PortfolioAudit[],
  inYears: Years,
  pick: (entry: PortfolioAudit) => number,
): number {
  return entries
    .filter((entry) => inYears(auditYear(entry.audit)))
    .reduce((sum, entry) => sum + pick(entry), 0);
}

export interface PlanProgress {
  readonly target: PlanTarget;
  readonly actual: number;
  /** actual / target; 1 means reached. */
  readonly ratio: number;
}

export function planProgress(
  targets: readonly PlanTarget[],
  entries: readonly PortfolioAudit[],
): PlanProgress[] {
  return targets.map((target) => {
    const inYears: Years = (year) =>
      year >= target.fromYear && year <= target.toYear;
    const actual = MEASURES[target.indicator](entries, inYears);
    return { target, actual, ratio: actual / target.target };
  });
}

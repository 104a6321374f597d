import type { Audit } from '../model/audit';
import {
  addMonths,
  certificateExpiry,
  daysBetween,
  deadlineState,
  mandatoryDeadlines,
  mandatoryDeadlinesMet,
  MANDATORY_DEADLINE_KEYS,
  type DeadlineState,
  type MandatoryDeadlineKey,
  type MandatoryDeadlines,
} from './deadlines';

// The deadlines board of the statistics page: every mandatory audit with
// its 1/2/12-month dates, the overdue ones first, and the accepted audits
// whose five-year certificate runs out within a chosen horizon.

export interface DeadlineBoardInput {
  readonly audit: Pick<
    Audit,
    'id' | 'title' | 'auditType' | 'listPublishedOn' | 'state'
  >;
  readonly companyName: string;
  /** Any step of the audit has begun. */
  readonly started: boolean;
}

export interface DeadlineBoardRow {
  readonly auditId: string;
  readonly title: string;
  readonly companyName: string;
  readonly listPublishedOn: string;
  readonly due: MandatoryDeadlines;
  readonly states: Readonly<Record<MandatoryDeadlineKey, DeadlineState>>;
  /** The state that needs attention first. */
  readonly worst: DeadlineState;
  /** The earliest date still open, null when every deadline is met. */
  readonly nextDue: string | null;
}

const URGENCY: Readonly<Record<DeadlineState, number>> = {
  overdue: 0,
  near: 1,
  ok: 2,
  done: 3,
};

/**
 * Mandatory audits with a list publication date, most urgent first:
 * overdue, then near, then on track, then done; within each, the earliest
 * open date first. Audits without a publication date have no deadlines to
 * show and are left out (the audit's own checks ask for the date).
 */
export function deadlineBoard(
  inputs: readonly DeadlineBoardInput[],
  todayIso: string,
  nearDays?: number,
): DeadlineBoardRow[] {
  const rows = inputs.flatMap((input): DeadlineBoardRow[] => {
    const { audit } = input;
    if (audit.auditType !== 'mandatory' || !audit.listPublishedOn) return [];
    const due = mandatoryDeadlines(audit.listPublishedOn);
    if (due === null) return [];
    const met = mandatoryDeadlinesMet(audit.state, input.started);
    const states = {} as Record<MandatoryDeadlineKey, DeadlineState>;
    for (const key of MANDATORY_DEADLINE_KEYS) {
      const done = met[key] ? due[key] : null;
      states[key] = deadlineState(due[key], todayIso, nearDays, done) ?? 'ok';
    }
    const open = MANDATORY_DEADLINE_KEYS.filter((key) => !met[key]);
    const worst = MANDATORY_DEADLINE_KEYS.map((key) => states[key]).reduce(
      (a, b) => (URGENCY[b] < URGENCY[a] ? b : a),
    );
    return [
      {
        auditId: audit.id,
        title: audit.title,
        companyName: input.companyName,
        listPublishedOn: audit.listPublishedOn,
        due,
        states,
        worst,
        nextDue:
          open.length === 0 ? null : due[open[0] as MandatoryDeadlineKey],
      },
    ];
  });
  return rows.sort(
    (a, b) =>
      URGENCY[a.worst] - URGENCY[b.worst] ||
      (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999') ||
      a.title.localeCompare(b.title),
  );
}

export interface CertificateInput {
  readonly audit: Pick<Audit, 'id' | 'title' | 'state'>;
  readonly companyName: string;
  readonly acceptedOn: string | null;
  /** An expiry written on the certificate; else acceptance + 5 years. */
  readonly certificateExpiresOn?: string | null;
}

export interface CertificateRow {
  readonly auditId: string;
  readonly title: string;
  readonly companyName: string;
  readonly acceptedOn: string;
  readonly expiresOn: string;
  /** Negative once expired. */
  readonly daysLeft: number;
}

export interface CertificateWatch {
  /** Certificates expiring up to `horizonMonths` from today, or already expired. */
  readonly expiring: CertificateRow[];
  /** Accepted audits without an acceptance date: their expiry is unknown. */
  readonly undated: { auditId: string; title: string; companyName: string }[];
}

export function certificateWatch(
  inputs: readonly CertificateInput[],
  todayIso: string,
  horizonMonths: number,
): CertificateWatch {
  const horizon = addMonths(todayIso, horizonMonths) ?? todayIso;
  const accepted = inputs.filter((input) => input.audit.state === 'accepted');
  const expiring = accepted.flatMap((input): CertificateRow[] => {
    if (!input.acceptedOn) return [];
    const expiresOn =
      input.certificateExpiresOn ?? certificateExpiry(input.acceptedOn);
    const daysLeft = expiresOn ? daysBetween(todayIso, expiresOn) : null;
    if (expiresOn === null || daysLeft === null || expiresOn > horizon) {
      return [];
    }
    return [
      {
        auditId: input.audit.id,
        title: input.audit.title,
        companyName: input.companyName,
        acceptedOn: input.acceptedOn,
        expiresOn,
        daysLeft,
      },
    ];
  });
  return {
    expiring: expiring.sort((a, b) => a.expiresOn.localeCompare(b.expiresOn)),
    undated: accepted
      .filter((input) => !input.acceptedOn)
      .map((input) => ({
        auditId: input.audit.id,
        title: input.audit.title,
        companyName: input.companyName,
      })),
  };
}

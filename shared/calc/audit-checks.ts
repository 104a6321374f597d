import type { Audit } from '../model/audit';
import type { BalanceStream, BalanceStudy } from '../model/balance';
import { studyBalance } from '../model/balance';
import type { StageStep } from '../model/stage-step';
import type { Target } from '../model/targets';
import type { StageCode } from '../reference/stages';
import { stepByCode } from '../reference/steps';
import {
  deadlineState,
  mandatoryDeadlines,
  mandatoryDeadlinesMet,
  MANDATORY_DEADLINE_KEYS,
} from './deadlines';

/**
 * Checks that speak up without blocking anything: each finding names the
 * stage it belongs to (null for the audit as a whole), a code the UI turns
 * into a sentence, and the values that sentence needs. Nothing here stops a
 * consultant from typing; the findings are shown per stage and on the overview.
 */
export type CheckSeverity = 'warning' | 'info';

export type CheckFinding = {
  code:
    | 'mandatory-without-basis'
    | 'deadline-near'
    | 'deadline-overdue'
    | 'target-without-baseline'
    | 'balance-over-tolerance'
    | 'stage-done-with-open-steps';
  severity: CheckSeverity;
  stage: StageCode | null;
  /** The record the finding is about, so the UI can link to it. */
  recordId?: string;
  values: Record<string, string | number>;
};

export type AuditCheckInput = {
  audit: Audit;
  todayIso: string;
  steps: readonly StageStep[];
  targets: readonly Target[];
  balanceStudies: readonly BalanceStudy[];
  balanceStreams: readonly BalanceStream[];
  /** Stages the consultant has marked as done. */
  completedStages: readonly StageCode[];
};

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]) =>
  rows.filter((row) => row.deletedAt === null);

function basisFindings({ audit }: AuditCheckInput): CheckFinding[] {
  if (audit.auditType !== 'mandatory' || audit.mandatoryBases.length > 0)
    return [];
  return [
    {
      code: 'mandatory-without-basis',
      severity: 'warning',
      stage: null,
      values: {},
    },
  ];
}

/**
 * The 1/2/12-month deadlines of a mandatory audit that are near or past
 * and not yet met (mandatoryDeadlinesMet says when one is).
 */
function deadlineFindings(input: AuditCheckInput): CheckFinding[] {
  const { audit, todayIso } = input;
  if (audit.auditType !== 'mandatory' || !audit.listPublishedOn) return [];
  const due = mandatoryDeadlines(audit.listPublishedOn);
  if (!due) return [];
  const started = live(input.steps).some((s) => s.status !== 'not-started');
  const met = mandatoryDeadlinesMet(audit.state, started);
  return MANDATORY_DEADLINE_KEYS.flatMap((key): CheckFinding[] => {
    if (met[key]) return [];
    const state = deadlineState(due[key], todayIso);
    if (state !== 'near' && state !== 'overdue') return [];
    return [
      {
        code: state === 'near' ? 'deadline-near' : 'deadline-overdue',
        severity: 'warning',
        stage: key === 'finish' ? null : 1,
        values: { deadline: key, date: due[key] },
      },
    ];
  });
}

function targetFindings({ targets }: AuditCheckInput): CheckFinding[] {
  return live(targets)
    .filter(
      (target) =>
        target.baselineValue === null && target.indicator.trim() !== '',
    )
    .map((target) => ({
      code: 'target-without-baseline' as const,
      severity: 'warning' as const,
      stage: 2 as StageCode,
      recordId: target.id,
      values: { indicator: target.indicator },
    }));
}

function balanceFindings(input: AuditCheckInput): CheckFinding[] {
  return live(input.balanceStudies).flatMap((study): CheckFinding[] => {
    const balance = studyBalance(study, input.balanceStreams);
    if (!balance.exceedsTolerance || !balance.result.ok) return [];
    const errorPercent = (balance.result.value.errorFraction ?? 0) * 100;
    return [
      {
        code: 'balance-over-tolerance',
        severity: 'warning',
        stage: 3,
        recordId: study.id,
        values: {
          study: study.name,
          errorPercent: Math.round(errorPercent * 100) / 100,
          tolerancePercent: study.tolerancePercent,
        },
      },
    ];
  });
}

function stageFindings(input: AuditCheckInput): CheckFinding[] {
  const steps = live(input.steps);
  return input.completedStages.flatMap((stage): CheckFinding[] => {
    const open = steps.filter(
      (step) =>
        step.stageCode === stage &&
        stepByCode(step.stepCode)?.requiredInFull === true &&
        (step.status === 'not-started' || step.status === 'in-progress'),
    );
    if (open.length === 0) return [];
    return [
      {
        code: 'stage-done-with-open-steps',
        severity: 'warning',
        stage,
        values: {
          count: open.length,
          steps: open.map((s) => s.stepCode).join(', '),
        },
      },
    ];
  });
}

export function auditChecks(input: AuditCheckInput): CheckFinding[] {
  return [
    ...basisFindings(input),
    ...deadlineFindings(input),
    ...targetFindings(input),
    ...balanceFindings(input),
    ...stageFindings(input),
  ];
}

export function findingsForStage(
  findings: readonly CheckFinding[],
  stage: StageCode,
): CheckFinding[] {
  return findings.filter((finding) => finding.stage === stage);
}

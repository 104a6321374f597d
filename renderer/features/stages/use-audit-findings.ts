import { useLiveQuery } from 'dexie-react-hooks';
import { auditChecks, type CheckFinding } from '@shared/calc/audit-checks';
import { isStageCode } from '@shared/reference/stages';
import { defaultContext } from '../../db/context';
import { listRows } from '../../db/repositories/audit-rows';

/** The audit's check findings, recomputed whenever any of their inputs change. */
export function useAuditFindings(auditId: string): CheckFinding[] | undefined {
  return useLiveQuery(async () => {
    const ctx = defaultContext();
    const audit = await ctx.db.audits.get(auditId);
    if (!audit) return [];
    const [steps, targets, balanceStudies, balanceStreams] = await Promise.all([
      listRows(ctx, 'stageSteps', auditId),
      listRows(ctx, 'targets', auditId),
      listRows(ctx, 'balanceStudies', auditId),
      listRows(ctx, 'balanceStreams', auditId),
    ]);
    return auditChecks({
      audit,
      todayIso: new Date().toISOString().slice(0, 10),
      steps,
      targets,
      balanceStudies,
      balanceStreams,
      completedStages: audit.completedStages.filter(isStageCode),
    });
  }, [auditId]);
}

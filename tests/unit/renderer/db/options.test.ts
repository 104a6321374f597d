import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  listRows,
  removeRow,
  restoreRow,
  updateRow,
} from '@renderer/db/repositories/audit-rows';
import {
  addFeasibilityStudy,
  concludeFeasibilityStudy,
  addOption,
  bulkChangeStatus,
  changeStatus,
  OptionRuleError,
  renumberOptions,
  type OptionInput,
} from '@renderer/db/repositories/options';
import type { OptionStatus } from '@shared/calc/option-status';
import type { TestContext } from '../../../fixtures/repo-context';
import { AUDIT_ID, contextWithAudit } from '../../../fixtures/audit-rows';

// The audit under test has the thresholds 5 and 50 万元.
function fields(overrides: Partial<OptionInput> = {}): OptionInput {
  return { name: '方案', primaryAspect: 'A7', ...overrides };
}

async function codes(ctx: TestContext): Promise<string[]> {
  const options = await listRows(ctx, 'options', AUDIT_ID);
  return options.map((option) => option.code);
}

async function statuses(ctx: TestContext): Promise<OptionStatus[]> {
  const options = await listRows(ctx, 'options', AUDIT_ID);
  return options.map((option) => option.status);
}

/** Walks an option along allowed steps, one write each. */
async function walk(ctx: TestContext, id: string, steps: OptionStatus[]) {
  for (const step of steps) await changeStatus(ctx, id, step);
}

describe('adding options', () => {
  it('codes no/low-cost options F1, F2 … and mid/high-cost ones Z1, Z2 … in one register', async () => {
    const ctx = await contextWithAudit();
    for (const investmentWanYuan of [0, 120, 3, 12, null]) {
      await addOption(ctx, AUDIT_ID, fields({ investmentWanYuan }));
    }

    expect(await codes(ctx)).toEqual(['F1', 'Z1', 'F2', 'Z2', 'F3']);
  });

  it('codes by the override when one is set', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(
      ctx,
      AUDIT_ID,
      fields({
        investmentWanYuan: 8,
        costClassOverride: { costClass: 'low', reason: '维修预算列支' },
      }),
    );

    expect(option.code).toBe('F1');
  });

  it('codes by the audit’s own thresholds', async () => {
    const ctx = await contextWithAudit({
      costClassRules: { lowUpperWanYuan: 10, midUpperWanYuan: 80, basis: '' },
    });
    const option = await addOption(
      ctx,
      AUDIT_ID,
      fields({ investmentWanYuan: 8 }),
    );

    expect(option.code).toBe('F1');
  });

  it('does not reuse the code of an option in the bin', async () => {
    const ctx = await contextWithAudit();
    const first = await addOption(ctx, AUDIT_ID, fields());
    await removeRow(ctx, 'options', first.id);
    const second = await addOption(ctx, AUDIT_ID, fields());

    expect(second.code).toBe('F2');
  });

  it('refuses an option of an audit that does not exist', async () => {
    const ctx = await contextWithAudit();
    await expect(
      addOption(ctx, 'no-such-audit', fields()),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await ctx.db.options.count()).toBe(0);
  });

  it('refuses an invalid option and writes nothing', async () => {
    const ctx = await contextWithAudit();
    await expect(
      addOption(ctx, AUDIT_ID, fields({ investmentWanYuan: -1 })),
    ).rejects.toMatchObject({ code: 'row-invalid' });
    expect(await ctx.db.options.count()).toBe(0);
  });
});

describe('option codes when the cost class changes', () => {
  it('keep their code when the investment moves them to the other group', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(ctx, AUDIT_ID, fields());
    await updateRow(ctx, 'options', option.id, { investmentWanYuan: 200 });

    expect(await codes(ctx)).toEqual(['F1']);
  });

  it('are given afresh per group in register order by renumberOptions', async () => {
    const ctx = await contextWithAudit();
    const a = await addOption(ctx, AUDIT_ID, fields({ investmentWanYuan: 1 }));
    await addOption(ctx, AUDIT_ID, fields({ investmentWanYuan: 90 }));
    await addOption(ctx, AUDIT_ID, fields({ investmentWanYuan: 2 }));
    await updateRow(ctx, 'options', a.id, { investmentWanYuan: 60 });

    const renumbered = await renumberOptions(ctx, AUDIT_ID);

    expect(renumbered.map((option) => option.code)).toEqual(['Z1', 'Z2', 'F1']);
  });

  it('continue after the live options for options in the bin when renumbered', async () => {
    const ctx = await contextWithAudit();
    const binned = await addOption(ctx, AUDIT_ID, fields());
    await addOption(ctx, AUDIT_ID, fields());
    await removeRow(ctx, 'options', binned.id);

    await renumberOptions(ctx, AUDIT_ID);
    await restoreRow(ctx, 'options', binned.id);

    expect(await codes(ctx)).toEqual(['F2', 'F1']);
  });

  it('are written only where renumbering changes them', async () => {
    const ctx = await contextWithAudit();
    await addOption(ctx, AUDIT_ID, fields());
    await addOption(ctx, AUDIT_ID, fields({ investmentWanYuan: 70 }));
    const before = await ctx.db.changes.count();

    await renumberOptions(ctx, AUDIT_ID);

    expect(await ctx.db.changes.count()).toBe(before);
  });
});

describe('changing an option’s status', () => {
  it('moves a no/low-cost option along the workflow and logs each step', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(ctx, AUDIT_ID, fields());
    await walk(ctx, option.id, ['feasible', 'planned', 'implemented']);

    const stored = await ctx.db.options.get(option.id);
    expect(stored).toMatchObject({ status: 'implemented', revision: 4 });
    const log = await ctx.db.changes
      .where('[table+recordId]')
      .equals(['options', option.id])
      .toArray();
    expect(log.map((change) => change.op)).toEqual([
      'create',
      'update',
      'update',
      'update',
    ]);
  });

  it('takes a mid/high-cost option through its feasibility study', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(
      ctx,
      AUDIT_ID,
      fields({ investmentWanYuan: 180 }),
    );
    await walk(ctx, option.id, [
      'feasible',
      'feasibility_study',
      'recommended',
      'planned',
    ]);

    expect(await statuses(ctx)).toEqual(['planned']);
  });

  it('refuses a step the workflow does not allow and writes nothing', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(ctx, AUDIT_ID, fields());

    const refusal = changeStatus(ctx, option.id, 'implemented');

    await expect(refusal).rejects.toBeInstanceOf(OptionRuleError);
    await expect(refusal).rejects.toMatchObject({
      code: 'status-transition-refused',
      optionIds: [option.id],
    });
    expect(await ctx.db.options.get(option.id)).toEqual(option);
  });

  it('refuses a feasibility study for a no/low-cost option', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(ctx, AUDIT_ID, fields());
    await changeStatus(ctx, option.id, 'feasible');

    await expect(
      changeStatus(ctx, option.id, 'feasibility_study'),
    ).rejects.toMatchObject({ code: 'status-transition-refused' });
  });

  it('leaves an option already at the status unchanged', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(ctx, AUDIT_ID, fields());

    expect(await changeStatus(ctx, option.id, 'proposed')).toEqual(option);
  });

  it('refuses an option in the bin as not found', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(ctx, AUDIT_ID, fields());
    await removeRow(ctx, 'options', option.id);

    await expect(
      changeStatus(ctx, option.id, 'feasible'),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('changing the status of several options', () => {
  it('moves every option in one go', async () => {
    const ctx = await contextWithAudit();
    const a = await addOption(ctx, AUDIT_ID, fields());
    const b = await addOption(ctx, AUDIT_ID, fields());

    const moved = await bulkChangeStatus(ctx, [a.id, b.id], 'feasible');

    expect(moved.map((option) => option.status)).toEqual([
      'feasible',
      'feasible',
    ]);
  });

  it('writes none when one move is refused, and names every refused option', async () => {
    const ctx = await contextWithAudit();
    const ready = await addOption(ctx, AUDIT_ID, fields());
    const fresh = await addOption(ctx, AUDIT_ID, fields());
    const costly = await addOption(
      ctx,
      AUDIT_ID,
      fields({ investmentWanYuan: 80 }),
    );
    await walk(ctx, ready.id, ['feasible', 'planned']);
    await walk(ctx, costly.id, ['feasible']);
    const logged = await ctx.db.changes.count();

    await expect(
      bulkChangeStatus(ctx, [ready.id, fresh.id, costly.id], 'implementing'),
    ).rejects.toMatchObject({
      code: 'status-transition-refused',
      optionIds: [fresh.id, costly.id],
    });
    expect(await statuses(ctx)).toEqual(['planned', 'proposed', 'feasible']);
    expect(await ctx.db.changes.count()).toBe(logged);
  });

  it('writes none when one option does not exist', async () => {
    const ctx = await contextWithAudit();
    const a = await addOption(ctx, AUDIT_ID, fields());

    await expect(
      bulkChangeStatus(ctx, [a.id, 'missing'], 'feasible'),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await statuses(ctx)).toEqual(['proposed']);
  });
});

describe('starting a feasibility study', () => {
  it('files the study under the option’s audit', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(
      ctx,
      AUDIT_ID,
      fields({ investmentWanYuan: 180 }),
    );

    const study = await addFeasibilityStudy(ctx, option.id);

    expect(study).toMatchObject({
      auditId: AUDIT_ID,
      optionId: option.id,
      conclusion: null,
    });
    expect(study.economicInputs).toMatchObject({
      depreciationYears: 10,
      taxRate: 0.25,
    });
  });

  it('refuses a second study of the same option', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(
      ctx,
      AUDIT_ID,
      fields({ investmentWanYuan: 180 }),
    );
    await addFeasibilityStudy(ctx, option.id);

    await expect(addFeasibilityStudy(ctx, option.id)).rejects.toMatchObject({
      code: 'feasibility-study-exists',
    });
    expect(await ctx.db.feasibilityStudies.count()).toBe(1);
  });

  it('refuses a study of a no/low-cost option', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(ctx, AUDIT_ID, fields());

    await expect(addFeasibilityStudy(ctx, option.id)).rejects.toMatchObject({
      code: 'feasibility-study-not-mid-high',
    });
  });
});

describe('the option follows its feasibility study', () => {
  async function studied(ctx: TestContext) {
    const option = await addOption(
      ctx,
      AUDIT_ID,
      fields({ investmentWanYuan: 150 }),
    );
    await changeStatus(ctx, option.id, 'feasible');
    const study = await addFeasibilityStudy(ctx, option.id);
    return { optionId: option.id, studyId: study.id };
  }

  it('moves a feasible option into the study when the study starts', async () => {
    const ctx = await contextWithAudit();
    await studied(ctx);
    expect(await statuses(ctx)).toEqual(['feasibility_study']);
  });

  it('leaves a proposed option where it is when a study is drafted early', async () => {
    const ctx = await contextWithAudit();
    const option = await addOption(
      ctx,
      AUDIT_ID,
      fields({ investmentWanYuan: 150 }),
    );
    await addFeasibilityStudy(ctx, option.id);
    expect(await statuses(ctx)).toEqual(['proposed']);
  });

  it('takes the conclusion as the status, steps back when it is cleared, and passes through the study when it turns over', async () => {
    const ctx = await contextWithAudit();
    const { studyId } = await studied(ctx);

    const study = await concludeFeasibilityStudy(
      ctx,
      studyId,
      'recommended',
      '净现值为正',
    );
    expect(study).toMatchObject({
      conclusion: 'recommended',
      conclusionReason: '净现值为正',
    });
    expect(await statuses(ctx)).toEqual(['recommended']);

    await concludeFeasibilityStudy(ctx, studyId, 'not_recommended', '场地不足');
    expect(await statuses(ctx)).toEqual(['not_recommended']);
    const [option] = await ctx.db.options.toArray();
    // proposed → feasible → study → recommended → study → not recommended.
    expect(option?.revision).toBe(6);

    await concludeFeasibilityStudy(ctx, studyId, null, '');
    expect(await statuses(ctx)).toEqual(['feasibility_study']);
  });

  it('leaves an option that has gone on to implementation alone', async () => {
    const ctx = await contextWithAudit();
    const { optionId, studyId } = await studied(ctx);
    await concludeFeasibilityStudy(ctx, studyId, 'recommended', '可行');
    await walk(ctx, optionId, ['planned', 'implemented']);

    await concludeFeasibilityStudy(ctx, studyId, null, '');
    expect(await statuses(ctx)).toEqual(['implemented']);
  });
});

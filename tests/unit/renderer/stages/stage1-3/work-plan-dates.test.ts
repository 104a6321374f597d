import { describe, expect, it } from 'vitest';
import { workPlanItemSchema, type WorkPlanItem } from '@shared/model/team';
import { demoWorkPlanItems } from '@shared/demo/stage1';
import { workPlanDateNotes } from '@renderer/features/stages/stage1/work-plan-dates';

function planItem(stageLabel: string, deadline: string | null): WorkPlanItem {
  return workPlanItemSchema.parse({
    id: `plan-${stageLabel}`,
    auditId: 'audit-1',
    sortIndex: 1,
    createdAt: '2026-04-01T08:00:00.000Z',
    updatedAt: '2026-04-01T08:00:00.000Z',
    revision: 1,
    deletedAt: null,
    stageLabel,
    deadline,
  });
}

describe('workPlanDateNotes', () => {
  it('finds nothing to query in the demo plan', () => {
    expect(workPlanDateNotes(demoWorkPlanItems(), '2027-03-16')).toEqual({
      late: [],
      early: [],
    });
  });

  it('names the rows due after the finish deadline', () => {
    const items = [
      planItem('筹划和组织', '2026-04-30'),
      planItem('持续清洁生产', '2027-03-20'),
      planItem('审核报告', '2027-04-10'),
    ];
    expect(workPlanDateNotes(items, '2027-03-16').late).toEqual([
      { row: 2, label: '持续清洁生产' },
      { row: 3, label: '审核报告' },
    ]);
  });

  it('checks no deadline when the audit has none', () => {
    const items = [planItem('审核报告', '2030-01-01')];
    expect(workPlanDateNotes(items, null).late).toEqual([]);
  });

  it('names a row due before a row above it, skipping blank dates', () => {
    const items = [
      planItem('预评估', '2026-06-30'),
      planItem('评估', null),
      planItem('方案产生和筛选', '2026-06-15'),
      planItem('可行性分析', '2026-10-31'),
    ];
    expect(workPlanDateNotes(items, null).early).toEqual([
      { row: 3, label: '方案产生和筛选' },
    ]);
  });
});

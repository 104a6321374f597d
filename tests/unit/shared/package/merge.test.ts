import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '@shared/demo/demo-audit';
import type { AuditSnapshot } from '@shared/model/snapshot';
import {
  countMerge,
  mergeKey,
  planMerge,
  resolveMerge,
  snapshotRecords,
  type MergeRecord,
} from '@shared/package/merge';

function localOf(snapshot: AuditSnapshot, bases: 'same' | 'none' = 'same') {
  const records = new Map<string, MergeRecord>();
  const baseMap = new Map<string, number>();
  for (const { table, record } of snapshotRecords(snapshot)) {
    records.set(mergeKey(table, record.id), record);
    if (bases === 'same')
      baseMap.set(mergeKey(table, record.id), record.revision);
  }
  return { records, bases: baseMap };
}

let clock = 0;
const ctx = {
  now: () => new Date(Date.UTC(2026, 5, 1, 0, 0, clock++)).toISOString(),
  newId: () => `copy-${clock++}`,
  optionCodes: [] as string[],
};

function edited<T extends MergeRecord>(record: T, fields: Partial<T>): T {
  return { ...record, ...fields, revision: record.revision + 1 };
}

describe('merge planning', () => {
  it('finds every record new on an empty machine', () => {
    const snapshot = demoSnapshot();
    const items = planMerge(snapshot, { records: new Map(), bases: new Map() });
    expect(countMerge(items)).toEqual({
      new: snapshotRecords(snapshot).length,
      updated: 0,
      conflicts: 0,
      unchanged: 0,
    });
  });

  it('finds nothing to do when the same package comes again', () => {
    const snapshot = demoSnapshot();
    const items = planMerge(snapshot, localOf(snapshot, 'none'));
    expect(countMerge(items).unchanged).toBe(items.length);
    expect(resolveMerge(items, new Map(), ctx).writes).toEqual([]);
  });

  it('takes the package version of a record only the package changed', () => {
    const here = demoSnapshot();
    const option = here.options[0]!;
    const there = {
      ...here,
      options: [edited(option, { name: '新名称' }), ...here.options.slice(1)],
    };
    const items = planMerge(there, localOf(here));
    const item = items.find((i) => i.incoming.id === option.id);
    expect(item?.kind).toBe('update');
    const { writes } = resolveMerge(items, new Map(), ctx);
    expect(writes).toEqual([
      { table: 'options', record: there.options[0], op: 'update' },
    ]);
  });

  it('keeps this machine version of a record only this machine changed', () => {
    const there = demoSnapshot();
    const option = there.options[0]!;
    const here = {
      ...there,
      options: [
        edited(option, { name: '本机改名' }),
        ...there.options.slice(1),
      ],
    };
    const local = localOf(there);
    local.records.set(mergeKey('options', option.id), here.options[0]!);
    const items = planMerge(there, local);
    expect(items.find((i) => i.incoming.id === option.id)?.kind).toBe('kept');
    expect(resolveMerge(items, new Map(), ctx).writes).toEqual([]);
  });

  it('keeps both versions of a record both sides changed by default, the copy with a new id and code', () => {
    const base = demoSnapshot();
    const option = base.options.find((o) => o.code.startsWith('F'))!;
    const local = localOf(base);
    local.records.set(
      mergeKey('options', option.id),
      edited(option, { name: '本机' }),
    );
    const there = {
      ...base,
      options: base.options.map((o) =>
        o.id === option.id ? edited(o, { name: '对方' }) : o,
      ),
    };
    const items = planMerge(there, local);
    expect(countMerge(items).conflicts).toBe(1);
    const codes = base.options.map((o) => o.code);
    const { writes } = resolveMerge(items, new Map(), {
      ...ctx,
      optionCodes: codes,
    });
    expect(writes).toHaveLength(1);
    const copy = writes[0]!.record;
    expect(writes[0]!.op).toBe('create');
    expect(copy.id).not.toBe(option.id);
    expect(copy.name).toBe('对方');
    expect(copy.revision).toBe(1);
    expect(codes).not.toContain(copy.code);
    expect(String(copy.code)).toMatch(/^F\d+$/);
  });

  it('writes the chosen side one revision above both for keep mine and keep theirs', () => {
    const base = demoSnapshot();
    const target = base.targets[0]!;
    const mine = edited(edited(target, { notes: '本机' } as never), {});
    const local = localOf(base);
    local.records.set(mergeKey('targets', target.id), mine);
    const theirs = edited(target, { notes: '对方' } as never);
    const there = { ...base, targets: [theirs, ...base.targets.slice(1)] };
    const items = planMerge(there, local);
    const key = mergeKey('targets', target.id);

    const keepMine = resolveMerge(items, new Map([[key, 'mine']]), ctx)
      .writes[0]!;
    expect(keepMine.record).toMatchObject({
      notes: '本机',
      revision: mine.revision + 1,
    });
    const keepTheirs = resolveMerge(items, new Map([[key, 'theirs']]), ctx)
      .writes[0]!;
    expect(keepTheirs.record).toMatchObject({
      notes: '对方',
      revision: mine.revision + 1,
    });
  });

  it('brings back an audit that is in the bin here', () => {
    const there = demoSnapshot();
    const local = localOf(there);
    const binned = edited(there.audit, {
      deletedAt: '2026-06-01T00:00:00.000Z',
    });
    local.records.set(mergeKey('audits', there.audit.id), binned);
    const items = planMerge(there, local);
    expect(items.find((i) => i.table === 'audits')?.kind).toBe('restore');
    const { writes } = resolveMerge(items, new Map(), ctx);
    expect(writes[0]?.record).toMatchObject({
      deletedAt: null,
      revision: binned.revision + 1,
    });
  });

  it('never offers a copy of the audit itself: keep both falls back to keep mine', () => {
    const there = demoSnapshot();
    const local = localOf(there, 'none');
    local.records.set(
      mergeKey('audits', there.audit.id),
      edited(there.audit, { title: '本机' }),
    );
    const items = planMerge(
      { ...there, audit: edited(there.audit, { title: '对方' }) },
      local,
    );
    const audit = items.find((i) => i.table === 'audits')!;
    expect(audit).toMatchObject({ kind: 'conflict', canKeepBoth: false });
    const { writes } = resolveMerge(
      items,
      new Map([[mergeKey('audits', there.audit.id), 'both']]),
      ctx,
    );
    expect(writes[0]?.record).toMatchObject({
      id: there.audit.id,
      title: '本机',
    });
  });
});

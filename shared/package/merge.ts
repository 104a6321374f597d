import { nextOptionCode } from '../calc/option-codes';
import { AUDIT_ROW_TABLES } from '../model/audit-rows';
import type { AuditSnapshot } from '../model/snapshot';

/**
 * How the records of an imported package meet the ones on this machine.
 * Records merge by id and revision against a base: the revision both sides
 * last had in common, remembered per record whenever a package is exported
 * or imported here. From the base, each side either changed the record or
 * did not:
 *
 * - only the package changed it → take the package's version;
 * - only this machine changed it → keep ours;
 * - both changed it (or no base is known and they differ) → a conflict the
 *   user settles: keep mine, keep theirs, or keep both (the package's
 *   version as a copy with a new id).
 *
 * All of it is pure: the renderer reads what it needs, plans, shows the
 * plan, and writes the resolved result in one transaction.
 */
export type MergeRecord = {
  readonly id: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
  readonly [field: string]: unknown;
};

export const mergeTables = [
  'companies',
  'audits',
  ...AUDIT_ROW_TABLES,
  'attachments',
] as const;
export type MergeTable = (typeof mergeTables)[number];

export type MergeKind =
  'new' | 'update' | 'restore' | 'same' | 'kept' | 'conflict';

export type MergeItem = {
  readonly table: MergeTable;
  readonly kind: MergeKind;
  readonly incoming: MergeRecord;
  readonly local: MergeRecord | null;
  /** A copy makes sense for rows of an audit, not for the audit itself. */
  readonly canKeepBoth: boolean;
};

export type ConflictChoice = 'mine' | 'theirs' | 'both';

export const mergeKey = (table: string, id: string) => `${table}:${id}`;

/** What the planner needs to know about this machine. */
export type LocalState = {
  readonly records: ReadonlyMap<string, MergeRecord>;
  readonly bases: ReadonlyMap<string, number>;
};

/** Every record of a snapshot with the table it is stored in. */
export function snapshotRecords(
  snapshot: AuditSnapshot,
): { table: MergeTable; record: MergeRecord }[] {
  const out: { table: MergeTable; record: MergeRecord }[] = [
    { table: 'companies', record: snapshot.company },
    { table: 'audits', record: snapshot.audit },
  ];
  for (const table of AUDIT_ROW_TABLES) {
    for (const record of snapshot[table]) out.push({ table, record });
  }
  for (const record of snapshot.attachments) {
    out.push({ table: 'attachments', record });
  }
  return out;
}

export function planMerge(
  snapshot: AuditSnapshot,
  local: LocalState,
): MergeItem[] {
  return snapshotRecords(snapshot).map(({ table, record }) => {
    const key = mergeKey(table, record.id);
    const mine = local.records.get(key) ?? null;
    const canKeepBoth = table !== 'audits' && table !== 'companies';
    const kind = mergeKind(table, record, mine, local.bases.get(key));
    return { table, kind, incoming: record, local: mine, canKeepBoth };
  });
}

function mergeKind(
  table: MergeTable,
  theirs: MergeRecord,
  mine: MergeRecord | null,
  base: number | undefined,
): MergeKind {
  if (mine === null) return 'new';
  if (sameRecord(mine, theirs)) return 'same';
  const theirsChanged = base === undefined || theirs.revision > base;
  const mineChanged = base === undefined || mine.revision > base;
  if (theirsChanged && mineChanged) return 'conflict';
  if (theirsChanged) return 'update';
  // Importing the package of an audit that is in the bin here is asking
  // for it back, even when nothing else in it is newer.
  if (
    table === 'audits' &&
    mine.deletedAt !== null &&
    theirs.deletedAt === null
  )
    return 'restore';
  return 'kept';
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

export type MergeCounts = Record<
  'new' | 'updated' | 'conflicts' | 'unchanged',
  number
>;

export function countMerge(items: readonly MergeItem[]): MergeCounts {
  const counts: MergeCounts = {
    new: 0,
    updated: 0,
    conflicts: 0,
    unchanged: 0,
  };
  for (const item of items) {
    if (item.kind === 'new') counts.new += 1;
    else if (item.kind === 'update' || item.kind === 'restore')
      counts.updated += 1;
    else if (item.kind === 'conflict') counts.conflicts += 1;
    else counts.unchanged += 1;
  }
  return counts;
}

/** The default a conflict takes until the user picks another. */
export function defaultChoice(item: MergeItem): ConflictChoice {
  return item.canKeepBoth ? 'both' : 'mine';
}

export type MergeWrite = {
  readonly table: MergeTable;
  readonly record: MergeRecord;
  readonly op: 'create' | 'update' | 'restore';
  /** For a copy of an attachment: whose bytes it carries. */
  readonly bytesOf?: string;
};

export type ResolvedMerge = {
  readonly writes: MergeWrite[];
  /** The revision each record now has in common with the package. */
  readonly bases: { key: string; revision: number }[];
};

export type ResolveContext = {
  readonly now: () => string;
  readonly newId: () => string;
  /** Codes of the audit's options on this machine, for codes of copies. */
  readonly optionCodes: readonly string[];
};

/** Turns the plan and the user's choices into the records to write. */
export function resolveMerge(
  items: readonly MergeItem[],
  choices: ReadonlyMap<string, ConflictChoice>,
  ctx: ResolveContext,
): ResolvedMerge {
  const writes: MergeWrite[] = [];
  const bases: { key: string; revision: number }[] = [];
  const codes = [...ctx.optionCodes];
  for (const item of items) {
    const { table, incoming, local } = item;
    const key = mergeKey(table, incoming.id);
    const base = { key, revision: incoming.revision };
    if (item.kind === 'kept') continue;
    bases.push(base);
    if (item.kind === 'same') continue;
    if (item.kind === 'new')
      writes.push({ table, record: incoming, op: 'create' });
    else if (item.kind === 'update')
      writes.push({ table, record: incoming, op: 'update' });
    else if (item.kind === 'restore' && local) {
      const record = bumped(local, ctx, { deletedAt: null });
      writes.push({ table, record, op: 'restore' });
    } else if (item.kind === 'conflict' && local) {
      const choice = choices.get(key) ?? defaultChoice(item);
      writes.push(resolveConflict(item, local, choice, ctx, codes));
    }
  }
  return { writes, bases };
}

// Either side's version is written one revision above both, so that this
// machine counts as changed since the base and the next import of the same
// package finds nothing new.
function bumped(
  record: MergeRecord,
  ctx: ResolveContext,
  fields: Record<string, unknown> = {},
  over = record.revision,
): MergeRecord {
  return {
    ...record,
    ...fields,
    revision: Math.max(record.revision, over) + 1,
    updatedAt: ctx.now(),
  };
}

function resolveConflict(
  item: MergeItem,
  local: MergeRecord,
  choice: ConflictChoice,
  ctx: ResolveContext,
  codes: string[],
): MergeWrite {
  const { table, incoming } = item;
  if (choice === 'mine' || (choice === 'both' && !item.canKeepBoth)) {
    return {
      table,
      record: bumped(local, ctx, {}, incoming.revision),
      op: 'update',
    };
  }
  if (choice === 'theirs') {
    return {
      table,
      record: bumped(incoming, ctx, {}, local.revision),
      op: 'update',
    };
  }
  const now = ctx.now();
  const copy: Record<string, unknown> = {
    ...incoming,
    id: ctx.newId(),
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  if (table === 'options' && typeof incoming.code === 'string') {
    copy.code = copyCode(incoming.code, codes);
    codes.push(copy.code as string);
  }
  // An option has one live feasibility study; the package's version of a
  // study both sides changed is kept, but in the bin, where the user can
  // compare and restore it. Rows that point at a copied row (streams of a
  // balance study, the study of a copied option) keep pointing at the
  // original: the copy starts without children.
  if (table === 'feasibilityStudies' && copy.deletedAt === null) {
    copy.deletedAt = now;
  }
  return {
    table,
    record: copy as MergeRecord,
    op: 'create',
    ...(table === 'attachments' ? { bytesOf: incoming.id } : {}),
  };
}

function copyCode(code: string, codes: readonly string[]): string {
  if (/^F\d+$/.test(code)) return nextOptionCode('noLow', codes);
  if (/^Z\d+$/.test(code)) return nextOptionCode('midHigh', codes);
  for (let n = 2; ; n += 1) {
    const candidate = `${code.slice(0, 12)}-${n}`;
    if (!codes.includes(candidate)) return candidate;
  }
}

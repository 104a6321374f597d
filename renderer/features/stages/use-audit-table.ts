import { useCallback, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type {
  AuditRowInput,
  AuditRowOf,
  AuditRowPatch,
  AuditRowTable,
} from '@shared/model/audit-rows';
import {
  cellId,
  type CellChange,
  type CellValue,
  type EditableKey,
  type NewRowValues,
} from '../../components/grid';
import { useToast } from '../../components/Toasts';
import { defaultContext, type RepoContext } from '../../db/context';
import {
  addRow,
  addRows,
  listRows,
  removeRow,
  restoreRow,
  updateRow,
} from '../../db/repositories/audit-rows';
import { errorCodeOf, errorMessage } from '../../i18n/errors';

/**
 * How a table's stored rows appear in the grid and how grid edits become
 * row patches. Most tables are flat (the identity view); tables with a value
 * per history year spread them into one column per year.
 */
export type RowView<K extends AuditRowTable, G extends { id: string }> = {
  toGrid: (row: AuditRowOf<K>) => G;
  toPatch: (
    row: AuditRowOf<K>,
    key: EditableKey<G>,
    value: CellValue,
  ) => AuditRowPatch<K>;
  fromGrid: (values: NewRowValues<G>) => AuditRowInput<K>;
};

export function flatView<K extends AuditRowTable>(): RowView<K, AuditRowOf<K>> {
  return {
    toGrid: (row) => row,
    toPatch: (_row, key, value) => ({ [key]: value }) as AuditRowPatch<K>,
    fromGrid: (values) => values as AuditRowInput<K>,
  };
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed' };

export type AuditTableOptions<
  K extends AuditRowTable,
  G extends { id: string },
> = {
  table: K;
  auditId: string;
  view: RowView<K, G>;
  filter?: (row: AuditRowOf<K>) => boolean;
  /** Fields every new row starts with (a balance stream's study, say). */
  defaults?: () => AuditRowInput<K>;
  /**
   * Stores new rows when the table has rules of its own for them (options
   * get their codes from the options repository); addRows otherwise.
   */
  insert?: (
    ctx: RepoContext,
    auditId: string,
    rows: AuditRowInput<K>[],
  ) => Promise<unknown>;
};

/**
 * Live rows of one working table and the grid handlers that write through to
 * IndexedDB at once. "Saved" shows only after the transaction committed;
 * a refused write says why and leaves the stored row as it was.
 */
export function useAuditTable<
  K extends AuditRowTable,
  G extends { id: string },
>(options: AuditTableOptions<K, G>) {
  const { table, auditId, view, filter, defaults, insert } = options;
  const { t } = useTranslation();
  const toast = useToast();
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const stored = useLiveQuery(
    () => listRows(defaultContext(), table, auditId),
    [table, auditId],
  );
  const own = useMemo(
    () => (stored ? (filter ? stored.filter(filter) : stored) : undefined),
    [stored, filter],
  );
  const rows = useMemo(() => own?.map(view.toGrid), [own, view]);

  // Edits made faster than the live query refreshes (a paste over several
  // cells of one row, ticks in quick succession) must each build on the one
  // before, or a view that packs several cells into one field (per-year
  // values, aspects) keeps only the last. Until the stored row shows our
  // writes (its revision catches up), edits start from the row as we left it.
  const written = useRef(
    new Map<string, { row: AuditRowOf<K>; revision: number }>(),
  );
  const write = useCallback(
    async (
      work: () => Promise<unknown>,
      cells: string[] = [],
      rowIds: string[] = [],
    ) => {
      setSaveState({ kind: 'saving' });
      setPending((current) => new Set([...current, ...cells]));
      try {
        await work();
        setSaveState({ kind: 'saved', at: new Date() });
      } catch (error) {
        // The refused edit never reached the database: later edits start
        // from the stored row again.
        for (const id of rowIds) written.current.delete(id);
        setSaveState({ kind: 'failed' });
        toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
      } finally {
        setPending(
          (current) =>
            new Set([...current].filter((id) => !cells.includes(id))),
        );
      }
    },
    [t, toast],
  );

  const patchFor = useCallback(
    (id: string, edits: { key: EditableKey<G>; value: CellValue }[]) => {
      const stored = own?.find((row) => row.id === id);
      if (!stored) return null;
      const ours = written.current.get(id);
      const start = ours && ours.revision > stored.revision ? ours.row : stored;
      let row = start;
      let patch: AuditRowPatch<K> = {};
      for (const edit of edits) {
        const next = view.toPatch(row, edit.key, edit.value);
        patch = { ...patch, ...next };
        row = { ...row, ...next };
      }
      const base = start === stored ? stored.revision : (ours?.revision ?? 0);
      written.current.set(id, { row, revision: base + 1 });
      return patch;
    },
    [own, view],
  );

  const handlers = useMemo(
    () => ({
      onCellChange: (rowId: string, key: EditableKey<G>, value: CellValue) => {
        const patch = patchFor(rowId, [{ key, value }]);
        if (!patch) return;
        void write(
          () => updateRow(defaultContext(), table, rowId, patch),
          [cellId(rowId, key)],
          [rowId],
        );
      },
      onCellsChange: (changes: CellChange<G>[]) => {
        const byRow = new Map<
          string,
          { key: EditableKey<G>; value: CellValue }[]
        >();
        for (const { rowId, columnKey, value } of changes) {
          byRow.set(rowId, [
            ...(byRow.get(rowId) ?? []),
            { key: columnKey, value },
          ]);
        }
        const patches = [...byRow].flatMap(([rowId, edits]) => {
          const patch = patchFor(rowId, edits);
          return patch ? [{ rowId, patch }] : [];
        });
        void write(
          async () => {
            for (const { rowId, patch } of patches) {
              await updateRow(defaultContext(), table, rowId, patch);
            }
          },
          [],
          patches.map((p) => p.rowId),
        );
      },
      onAddRow: () => {
        const row = defaults?.() ?? ({} as AuditRowInput<K>);
        void write(() =>
          insert
            ? insert(defaultContext(), auditId, [row])
            : addRow(defaultContext(), table, auditId, row),
        );
      },
      onPasteRows: (values: NewRowValues<G>[]) => {
        const rows = values.map((v) => ({
          ...defaults?.(),
          ...view.fromGrid(v),
        }));
        void write(() =>
          insert
            ? insert(defaultContext(), auditId, rows)
            : addRows(defaultContext(), table, auditId, rows),
        );
      },
      onRemoveRows: (ids: string[]) => {
        void write(async () => {
          for (const id of ids) await removeRow(defaultContext(), table, id);
          toast({
            message: t('stages.removed', { count: ids.length }),
            action: {
              label: t('common.undo'),
              run: () =>
                void write(async () => {
                  for (const id of ids)
                    await restoreRow(defaultContext(), table, id);
                }),
            },
          });
        });
      },
    }),
    [patchFor, write, table, auditId, view, defaults, insert, toast, t],
  );

  return { rows, stored: own, handlers, saveState, pending };
}

import { useCallback, useMemo, useState } from 'react';
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
import { defaultContext } from '../../db/context';
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
  const { table, auditId, view, filter, defaults } = options;
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

  const write = useCallback(
    async (work: () => Promise<unknown>, cells: string[] = []) => {
      setSaveState({ kind: 'saving' });
      setPending((current) => new Set([...current, ...cells]));
      try {
        await work();
        setSaveState({ kind: 'saved', at: new Date() });
      } catch (error) {
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

  const byId = useCallback(
    (id: string) => own?.find((row) => row.id === id),
    [own],
  );

  const handlers = useMemo(
    () => ({
      onCellChange: (rowId: string, key: EditableKey<G>, value: CellValue) => {
        const row = byId(rowId);
        if (!row) return;
        void write(
          () =>
            updateRow(
              defaultContext(),
              table,
              rowId,
              view.toPatch(row, key, value),
            ),
          [cellId(rowId, key)],
        );
      },
      onCellsChange: (changes: CellChange<G>[]) => {
        void write(async () => {
          for (const change of changes) {
            const row = byId(change.rowId);
            if (row)
              await updateRow(
                defaultContext(),
                table,
                change.rowId,
                view.toPatch(row, change.columnKey, change.value),
              );
          }
        });
      },
      onAddRow: () => {
        void write(() =>
          addRow(
            defaultContext(),
            table,
            auditId,
            defaults?.() ?? ({} as AuditRowInput<K>),
          ),
        );
      },
      onPasteRows: (values: NewRowValues<G>[]) => {
        void write(() =>
          addRows(
            defaultContext(),
            table,
            auditId,
            values.map((v) => ({ ...defaults?.(), ...view.fromGrid(v) })),
          ),
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
    [byId, write, table, auditId, view, defaults, toast, t],
  );

  return { rows, stored: own, handlers, saveState, pending };
}

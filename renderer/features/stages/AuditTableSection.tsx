import type { ReactNode } from 'react';
import type {
  AuditRowInput,
  AuditRowOf,
  AuditRowTable,
} from '@shared/model/audit-rows';
import {
  DataGrid,
  type GridColumn,
  type GridFooterRow,
} from '../../components/grid';
import { SaveIndicator } from './SaveIndicator';
import { useAuditTable, type RowView } from './use-audit-table';

export type AuditTableSectionProps<
  K extends AuditRowTable,
  G extends { id: string },
> = {
  /** The deliverable key; also the anchor that step links scroll to. */
  sectionKey: string;
  title: string;
  description?: string;
  table: K;
  auditId: string;
  /** Keep stable (a module constant or useMemo). */
  columns: readonly GridColumn<G>[];
  /** Keep stable too; flatView() for tables stored as they are shown. */
  view: RowView<K, G>;
  filter?: (row: AuditRowOf<K>) => boolean;
  defaults?: () => AuditRowInput<K>;
  footer?: (rows: readonly G[]) => GridFooterRow[];
  fixedRows?: boolean;
  emptyText?: string;
  /** Shown under the grid: totals, warnings, a chart. */
  children?: ReactNode;
};

const noop = () => undefined;

/** One working table of a stage: a heading, the grid, and its saved state. */
export function AuditTableSection<
  K extends AuditRowTable,
  G extends { id: string },
>(props: AuditTableSectionProps<K, G>) {
  const { rows, handlers, saveState, pending } = useAuditTable({
    table: props.table,
    auditId: props.auditId,
    view: props.view,
    ...(props.filter ? { filter: props.filter } : {}),
    ...(props.defaults ? { defaults: props.defaults } : {}),
  });
  return (
    <section
      className="card stage-section"
      id={`section-${props.sectionKey}`}
      aria-labelledby={`heading-${props.sectionKey}`}
    >
      <header className="section-header">
        <h2 id={`heading-${props.sectionKey}`}>{props.title}</h2>
        <SaveIndicator state={saveState} />
      </header>
      {props.description && <p className="hint">{props.description}</p>}
      {rows && (
        <DataGrid
          aria-label={props.title}
          columns={props.columns}
          rows={rows}
          pendingCellIds={pending}
          {...(props.footer ? { footer: props.footer(rows) } : {})}
          {...(props.emptyText ? { emptyText: props.emptyText } : {})}
          {...(props.fixedRows
            ? {
                ...handlers,
                onPasteRows: undefined,
                fixedRows: true,
                onAddRow: noop,
                onRemoveRows: noop,
              }
            : handlers)}
        />
      )}
      {props.children}
    </section>
  );
}

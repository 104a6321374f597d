import type { ReactNode } from 'react';
import { ExportButton } from './ExportButton';
import type { SheetTable } from './sheet-table';

export type StatsCardProps = {
  id: string;
  title: string;
  /** The table the card's export button saves. */
  table: SheetTable;
  fileName: string;
  children: ReactNode;
};

/** A section of the statistics page: heading, Excel export, content. */
export function StatsCard({
  id,
  title,
  table,
  fileName,
  children,
}: StatsCardProps) {
  return (
    <section className="card" aria-labelledby={id}>
      <header className="section-header">
        <h2 id={id}>{title}</h2>
        <ExportButton table={table} fileName={fileName} />
      </header>
      {children}
    </section>
  );
}

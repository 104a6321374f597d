import { useState } from 'react';
import type { AttachmentOwnerTable } from '@shared/model/attachment';
import { EvidencePanel } from './EvidencePanel';

export type RowEvidenceProps = {
  auditId: string;
  ownerType: AttachmentOwnerTable;
  /** The table's rows, each with the label the picker shows. */
  rows: readonly { id: string; label: string }[];
  /** The picker's label, such as "签到表和照片属于". */
  pickLabel: string;
};

/**
 * Evidence for the rows of a table that shows no per-row panel: pick the
 * row, then file its photos and documents. Shows nothing while the table
 * is empty.
 */
export function RowEvidence(props: RowEvidenceProps) {
  const [picked, setPicked] = useState<string | null>(null);
  const shown =
    props.rows.find((row) => row.id === picked) ?? props.rows[0] ?? null;
  if (shown === null) return null;
  return (
    <div className="row-evidence">
      <label className="inline-field">
        <span>{props.pickLabel}</span>
        <select
          value={shown.id}
          onChange={(event) => setPicked(event.target.value)}
        >
          {props.rows.map((row) => (
            <option key={row.id} value={row.id}>
              {row.label}
            </option>
          ))}
        </select>
      </label>
      <EvidencePanel
        key={shown.id}
        auditId={props.auditId}
        ownerType={props.ownerType}
        ownerId={shown.id}
      />
    </div>
  );
}

import type { TFunction } from 'i18next';
import { columnUnit } from './cell-format';
import type { PastePlan } from './paste';
import type { GridColumn, GridErrorCode } from './types';

/** The one place grid error codes become sentences. */
export function gridErrorMessage<Row>(
  t: TFunction,
  code: GridErrorCode,
  column: GridColumn<Row> | undefined,
): string {
  const number = column?.kind === 'number' ? column : undefined;
  return t(`grid.errors.${code}`, {
    unit: (column && columnUnit(column)) ?? '',
    min: number?.min ?? '',
    max: number?.max ?? '',
    maxLength: column?.kind === 'text' ? (column.maxLength ?? '') : '',
  });
}

/** "Column" was not written: reason — for an edit the grid refused. */
export function refusedMessage<Row>(
  t: TFunction,
  code: GridErrorCode,
  column: GridColumn<Row> | undefined,
): string {
  return t('grid.refused', {
    column: column?.header ?? '',
    message: gridErrorMessage(t, code, column),
  });
}

/**
 * The paste report: how many cells were written, how many refused with the
 * first reason spelled out (the others are on their cells), and what fell
 * outside the table.
 */
export function pasteSummary<Row>(
  t: TFunction,
  plan: PastePlan<Row>,
  columns: readonly GridColumn<Row>[],
): string {
  const parts = [
    plan.issues.length === 0
      ? t('grid.paste.summary', { written: plan.written })
      : t('grid.paste.summaryWithInvalid', {
          written: plan.written,
          invalid: plan.issues.length,
        }),
  ];
  const first = plan.issues[0];
  if (first) {
    const column = columns[first.col];
    parts.push(
      t('grid.paste.firstInvalid', {
        row: first.row + 1,
        column: column?.header ?? '',
        message: gridErrorMessage(t, first.code, column),
      }),
    );
  }
  if (plan.droppedRows > 0) {
    parts.push(t('grid.paste.droppedRows', { rows: plan.droppedRows }));
  }
  if (plan.droppedColumns > 0) {
    parts.push(
      t('grid.paste.droppedColumns', { columns: plan.droppedColumns }),
    );
  }
  return joinSentences(parts);
}

// Chinese sentences follow each other without a space after 。, English
// ones with one.
function joinSentences(parts: readonly string[]): string {
  return parts.reduce((text, part) =>
    /[。！？]$/.test(text) ? `${text}${part}` : `${text} ${part}`,
  );
}

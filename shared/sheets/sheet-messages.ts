import type { TFunction } from 'i18next';
import type { RowError, SheetNotice, SheetProblem } from './options-sheet';
import type { SheetFileProblem } from './read-sheet';

// The sentences for the sheet readers' codes, in the caller's language:
// the import dialog and the CLI say the same thing about the same sheet.

export function fileProblemMessage(
  t: TFunction,
  problem: SheetFileProblem,
): string {
  return t(`optionsSheet.fileProblems.${problem}`);
}

export function sheetProblemMessage(
  t: TFunction,
  problem: SheetProblem,
): string {
  switch (problem.code) {
    case 'missing-headers':
      return t('optionsSheet.sheetProblems.missing-headers', {
        columns: problem.columns.join('、'),
      });
    case 'duplicate-header':
      return t('optionsSheet.sheetProblems.duplicate-header', {
        column: problem.column,
      });
    case 'too-many-rows':
      return t('optionsSheet.sheetProblems.too-many-rows', {
        rows: problem.rows,
        limit: problem.limit,
      });
    default:
      return t(`optionsSheet.sheetProblems.${problem.code}`);
  }
}

export function noticeMessage(t: TFunction, notice: SheetNotice): string {
  return notice.code === 'unknown-header'
    ? t('optionsSheet.notices.unknown-header', { column: notice.column })
    : t('optionsSheet.notices.totals-row-skipped', { row: notice.row });
}

function reason(t: TFunction, error: RowError): string {
  return t(`optionsSheet.rowErrors.${error.code}`, {
    value: error.value,
    otherRow: error.otherRow ?? '',
  });
}

/** "第 4 行“投资(万元)”：…" with the reason and what to do. */
export function rowErrorMessage(t: TFunction, error: RowError): string {
  const message = reason(t, error);
  return t('optionsSheet.rowError', {
    row: error.row,
    column: error.column,
    message,
  });
}

/** The same without the row, for a list that shows the row beside it. */
export function cellErrorMessage(t: TFunction, error: RowError): string {
  const message = reason(t, error);
  return t('optionsSheet.dialog.cellError', { column: error.column, message });
}

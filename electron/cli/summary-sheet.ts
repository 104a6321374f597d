import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { DEFAULT_COST_CLASS_RULES } from '@shared/calc/cost-class';
import type { Option } from '@shared/model/option';
import { parseOptionsSheet } from '@shared/sheets/options-sheet';
import { readSheetFile } from '@shared/sheets/read-sheet';
import {
  fileProblemMessage,
  noticeMessage,
  rowErrorMessage,
  sheetProblemMessage,
} from '@shared/sheets/sheet-messages';
import { sheetAsRegister } from '@shared/sheets/sheet-register';
import type { CliIo } from './common';

// The summary command's way into an option summary table (方案汇总表):
// the same reader and checks as the app's import dialog. A sheet carries no
// audit, so its cost classes follow the default thresholds, and it has no
// implementation records, so only the estimated side means anything.

/** So many row errors are listed; the count says how many there are. */
const LISTED_ROW_ERRORS = 50;

export const SHEET_EXTENSIONS = ['.xlsx', '.xls', '.csv'];

export const SHEET_COST_CLASS_RULES = DEFAULT_COST_CLASS_RULES;

/**
 * The sheet's options as a register, or null after saying on stderr what
 * is wrong (nothing is computed from a sheet with a bad row). Notices
 * (ignored columns, a skipped totals row) go to stderr as well, so that
 * stdout holds only the summary.
 */
export async function readSheetOptions(
  file: string,
  t: TFunction,
  io: CliIo,
): Promise<Option[] | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    io.err(t('cli.readFailed', { path: file, reason }));
    return null;
  }
  const fail = (message: string) =>
    io.err(t('optionsSheet.cli.fileProblem', { path: file, message }));

  const read = await readSheetFile(bytes, path.basename(file));
  if (!read.ok) {
    fail(fileProblemMessage(t, read.problem));
    return null;
  }
  const parsed = parseOptionsSheet(read.rows, {
    costClassRules: SHEET_COST_CLASS_RULES,
    overrideReason: t('optionsSheet.overrideReason'),
  });
  if (!parsed.ok) {
    for (const problem of parsed.problems) {
      fail(sheetProblemMessage(t, problem));
    }
    return null;
  }
  for (const notice of parsed.notices) fail(noticeMessage(t, notice));
  const errors = parsed.rows.flatMap((row) => (row.ok ? [] : row.errors));
  if (errors.length > 0) {
    const count = parsed.rows.filter((row) => !row.ok).length;
    io.err(t('optionsSheet.cli.rowsInvalid', { path: file, count }));
    for (const error of errors.slice(0, LISTED_ROW_ERRORS)) {
      io.err(`  ${rowErrorMessage(t, error)}`);
    }
    if (errors.length > LISTED_ROW_ERRORS) {
      const more = errors.length - LISTED_ROW_ERRORS;
      io.err(`  ${t('optionsSheet.cli.moreErrors', { count: more })}`);
    }
    return null;
  }
  const options = parsed.rows.flatMap((row) => (row.ok ? [row.option] : []));
  return sheetAsRegister(options, SHEET_COST_CLASS_RULES);
}

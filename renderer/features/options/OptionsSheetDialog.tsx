import {
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { aspectByCode } from '@shared/reference/aspects';
import {
  parseOptionsSheet,
  type ParsedOptionRow,
  type SheetNotice,
  type SheetProblem,
} from '@shared/sheets/options-sheet';
import {
  MAX_SHEET_FILE_BYTES,
  readSheetFile,
  type SheetFileProblem,
} from '@shared/sheets/read-sheet';
import {
  cellErrorMessage,
  fileProblemMessage,
  noticeMessage,
  sheetProblemMessage,
} from '@shared/sheets/sheet-messages';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { getAudit } from '../../db/repositories/audits';
import { addOptions } from '../../db/repositories/options';
import { pickLabel } from '../../i18n/bilingual';
import { errorCodeOf, errorMessage } from '../../i18n/errors';

export type OptionsSheetDialogProps = {
  auditId: string;
  onClose: () => void;
};

// A preview of thousands of rows would only slow the dialog down; the
// counts cover every row, the list shows the rows with errors first.
const PREVIEW_ROWS = 300;

type Failure =
  | { kind: 'file'; problem: SheetFileProblem }
  | { kind: 'sheet'; problems: readonly SheetProblem[] }
  | { kind: 'audit-missing' };

type Loaded = {
  rows: readonly ParsedOptionRow[];
  notices: readonly SheetNotice[];
};

type State =
  | { phase: 'empty' }
  | { phase: 'reading' }
  | { phase: 'failed'; failure: Failure }
  | ({ phase: 'preview' } & Loaded);

/** Lets the browser paint the progress bar before a long synchronous step. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type LoadResult = { ok: false; failure: Failure } | ({ ok: true } & Loaded);

async function loadSheet(
  file: File,
  auditId: string,
  overrideReason: string,
): Promise<LoadResult> {
  if (file.size > MAX_SHEET_FILE_BYTES) {
    return { ok: false, failure: { kind: 'file', problem: 'file-too-large' } };
  }
  const found = await getAudit(defaultContext(), auditId);
  if (!found) return { ok: false, failure: { kind: 'audit-missing' } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readSheetFile(bytes, file.name);
  if (!read.ok) {
    return { ok: false, failure: { kind: 'file', problem: read.problem } };
  }
  await nextFrame();
  const parsed = parseOptionsSheet(read.rows, {
    costClassRules: found.audit.costClassRules,
    overrideReason,
  });
  if (!parsed.ok) {
    return {
      ok: false,
      failure: { kind: 'sheet', problems: parsed.problems },
    };
  }
  return { ok: true, rows: parsed.rows, notices: parsed.notices };
}

/**
 * Imports an option summary table (.xlsx or .csv): the rows are read and
 * checked first and shown with what is wrong in each; nothing is added while
 * a row has errors, unless the user chooses to skip those rows. The valid
 * rows are then added in one transaction, coded by the register.
 *
 * Known limits: the progress bar says that work is going on, not how far
 * it has got (an .xlsx is read in one call into exceljs); the preview lists
 * the first 300 rows, the counts cover all; the codes in the sheet are not
 * kept, since the register numbers options by cost group itself.
 */
export function OptionsSheetDialog({
  auditId,
  onClose,
}: OptionsSheetDialogProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const toast = useToast();
  const [state, setState] = useState<State>({ phase: 'empty' });
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [applying, setApplying] = useState(false);
  // Only the latest chosen file may fill the preview.
  const reading = useRef(0);
  // The browser's own file button speaks the browser's language, not the
  // app's: it stays hidden behind a button of ours.
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState('');

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again after fixing it reads it anew.
    event.target.value = '';
    if (!file) return;
    setFileName(file.name);
    const ticket = ++reading.current;
    setState({ phase: 'reading' });
    setSkipInvalid(false);
    let result: LoadResult;
    try {
      result = await loadSheet(file, auditId, t('optionsSheet.overrideReason'));
    } catch {
      result = {
        ok: false,
        failure: { kind: 'file', problem: 'file-unreadable' },
      };
    }
    if (ticket !== reading.current) return;
    setState(
      result.ok
        ? { phase: 'preview', rows: result.rows, notices: result.notices }
        : { phase: 'failed', failure: result.failure },
    );
  };

  const rows = useMemo(
    () => (state.phase === 'preview' ? state.rows : []),
    [state],
  );
  const valid = rows.flatMap((row) => (row.ok ? [row.option] : []));
  const invalidCount = rows.length - valid.length;
  const canApply =
    valid.length > 0 && (invalidCount === 0 || skipInvalid) && !applying;

  const apply = async () => {
    if (!canApply) return;
    setApplying(true);
    try {
      await nextFrame();
      const added = await addOptions(
        defaultContext(),
        auditId,
        valid.map((option) => option.fields),
      );
      toast({
        message: t('optionsSheet.dialog.applied', { count: added.length }),
      });
      onClose();
    } catch (error) {
      setApplying(false);
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };

  // Enter applies from anywhere in the dialog but a button (which does its
  // own thing), and never while the import is not allowed; the form's own
  // implicit submission would not reach a checkbox or the file field.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    if ((event.target as Element).closest('button')) return;
    event.preventDefault();
    void apply();
  };

  const shown = useMemo(
    () =>
      [...rows]
        .sort((a, b) => Number(a.ok) - Number(b.ok) || a.row - b.row)
        .slice(0, PREVIEW_ROWS),
    [rows],
  );

  return (
    <Dialog
      open
      className="sheet-import"
      title={t('optionsSheet.dialog.title')}
      submitLabel={
        applying
          ? t('optionsSheet.dialog.applying')
          : t('optionsSheet.dialog.apply', { count: valid.length })
      }
      onClose={() => {
        if (!applying) onClose();
      }}
      onSubmit={() => void apply()}
      busy={applying}
      submitDisabled={!canApply}
    >
      <div onKeyDown={onKeyDown}>
        <div className="sheet-file">
          <span id="sheet-file-label">
            {t('optionsSheet.dialog.chooseFile')}
          </span>
          <input
            ref={fileInput}
            type="file"
            name="sheet"
            tabIndex={-1}
            aria-labelledby="sheet-file-label"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(event) => void choose(event)}
          />
          <button
            type="button"
            autoFocus
            disabled={applying}
            onClick={() => fileInput.current?.click()}
          >
            {t('optionsSheet.dialog.chooseButton')}
          </button>
          <span className="muted">
            {fileName || t('optionsSheet.dialog.noFile')}
          </span>
        </div>
        <p className="hint">{t('optionsSheet.dialog.fileHint')}</p>
        <p className="hint">{t('optionsSheet.dialog.codesNote')}</p>
        {(state.phase === 'reading' || applying) && (
          <div className="sheet-progress" role="status">
            <progress />
            <span>
              {applying
                ? t('optionsSheet.dialog.applying')
                : t('optionsSheet.dialog.reading')}
            </span>
          </div>
        )}
        {state.phase === 'failed' && (
          <ul className="sheet-failure" role="alert">
            {failureMessages(state.failure).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
        {state.phase === 'preview' && (
          <>
            <p role="status">
              {t('optionsSheet.dialog.counts', {
                total: rows.length,
                valid: valid.length,
                invalid: invalidCount,
              })}
            </p>
            {state.notices.length > 0 && (
              <ul className="muted sheet-notices">
                {state.notices.map((notice) => (
                  <li key={JSON.stringify(notice)}>
                    {noticeMessage(t, notice)}
                  </li>
                ))}
              </ul>
            )}
            {invalidCount > 0 && (
              <>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name="skipInvalid"
                    checked={skipInvalid}
                    disabled={valid.length === 0 || applying}
                    onChange={(event) => setSkipInvalid(event.target.checked)}
                  />
                  {t('optionsSheet.dialog.skipInvalid')}
                </label>
                {!skipInvalid && (
                  <p className="field-error" role="alert">
                    {t('optionsSheet.dialog.blocked')}
                  </p>
                )}
              </>
            )}
            <div className="sheet-preview">
              <table aria-label={t('optionsSheet.dialog.previewLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('optionsSheet.dialog.columns.row')}</th>
                    <th scope="col">{t('optionsSheet.dialog.columns.code')}</th>
                    <th scope="col">{t('optionsSheet.dialog.columns.name')}</th>
                    <th scope="col">
                      {t('optionsSheet.dialog.columns.aspect')}
                    </th>
                    <th scope="col">
                      {t('optionsSheet.dialog.columns.result')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) =>
                    row.ok ? (
                      <tr key={row.row}>
                        <td className="num">{row.row}</td>
                        <td>{row.option.code ?? ''}</td>
                        <td>{row.option.fields.name}</td>
                        <td>
                          {pickLabel(
                            aspectByCode(row.option.fields.primaryAspect)
                              .optionType,
                            language,
                          )}
                        </td>
                        <td className="sheet-ok">
                          {t('optionsSheet.dialog.rowOk')}
                        </td>
                      </tr>
                    ) : (
                      <tr key={row.row} className="sheet-invalid">
                        <td className="num">{row.row}</td>
                        <td />
                        <td>{row.name}</td>
                        <td />
                        <td>
                          <ul>
                            {row.errors.map((error) => (
                              <li key={`${error.column}-${error.code}`}>
                                {cellErrorMessage(t, error)}
                              </li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </div>
            {rows.length > shown.length && (
              <p className="muted">
                {t('optionsSheet.dialog.shownFirst', { shown: shown.length })}
              </p>
            )}
          </>
        )}
      </div>
    </Dialog>
  );

  function failureMessages(failure: Failure): string[] {
    switch (failure.kind) {
      case 'file':
        return [fileProblemMessage(t, failure.problem)];
      case 'sheet':
        return failure.problems.map((p) => sheetProblemMessage(t, p));
      case 'audit-missing':
        return [t('optionsSheet.export.auditMissing')];
    }
  }
}

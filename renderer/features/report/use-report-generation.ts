import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestMap } from '@shared/ipc/contract';
import type { ReportKind, Settings } from '@shared/settings/schema';
import { reportOptionsFor } from '@shared/report/defaults';
import type { OptionalPart, ReportInput } from '@shared/report/input';
import { defaultContext } from '../../db/context';
import {
  readAuditSnapshot,
  recordReportVersion,
  sectionTexts,
} from '../../db/repositories/report';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { platform } from '../../platform';
import { reportDataDigest } from './data-digest';
import { renderInWorker } from './render-in-worker';
import { extraFileName, reportFileName, type ExtraFile } from './file-name';
import type { RenderDocument } from './worker-messages';

const EXTRA_DOCUMENTS: Readonly<Record<ExtraFile, RenderDocument>> = {
  docx: 'docx',
  performancePdf: 'performanceTable',
  performanceXlsx: 'performanceXlsx',
  optionsXlsx: 'optionsXlsx',
};
const EXTRA_KINDS = {
  docx: 'docx',
  performancePdf: 'pdf',
  performanceXlsx: 'xlsx',
  optionsXlsx: 'xlsx',
} as const satisfies Record<ExtraFile, RequestMap['file:save']['kind']>;

export type ReportChoice = {
  kind: ReportKind;
  draftMark: boolean;
  omit: OptionalPart[];
};

export type GenerationState =
  | { kind: 'idle' }
  | { kind: 'fonts' }
  | { kind: 'layout'; percent: number }
  | {
      kind: 'done';
      bytes: Uint8Array<ArrayBuffer>;
      pages: number;
      fileName: string;
      /** What the PDF was made from; the .docx is made from the same. */
      input: ReportInput;
    }
  | { kind: 'failed'; message: string };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; fileName: string }
  | { kind: 'failed'; message: string };

/** Today in the user's time zone, as the cover prints it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function reportInput(
  auditId: string,
  choice: ReportChoice,
  settings: Settings,
): Promise<ReportInput> {
  const ctx = defaultContext();
  const snapshot = await readAuditSnapshot(ctx, auditId);
  const options = reportOptionsFor(snapshot, {
    kind: choice.kind,
    issuedOn: today(),
    settings,
  });
  return {
    snapshot,
    options: {
      ...options,
      draftMark: choice.draftMark,
      omit: choice.omit,
      sectionTexts: await sectionTexts(ctx, auditId),
    },
  };
}

/**
 * Generating a report off the UI thread, recording the version, and saving
 * the file through the host (a save dialog in Electron, a download in the
 * browser). Nothing is written to the database unless the PDF was made.
 */
export function useReportGeneration(auditId: string, settings: Settings) {
  const { t } = useTranslation();
  const [state, setState] = useState<GenerationState>({ kind: 'idle' });
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const busy = useRef(false);

  const generate = useCallback(
    async (choice: ReportChoice) => {
      if (busy.current) return;
      busy.current = true;
      setSave({ kind: 'idle' });
      setState({ kind: 'layout', percent: 0 });
      try {
        const input = await reportInput(auditId, choice, settings);
        // The system's 仿宋 and 黑体 when allowed and installed (Electron);
        // otherwise, and always in the browser, the bundled open font.
        const systemFonts = settings.report.useSystemFonts
          ? await platform().systemReportFonts()
          : null;
        const outcome = await renderInWorker(
          'report',
          input,
          (progress) =>
            setState(
              progress.stage === 'fonts'
                ? { kind: 'fonts' }
                : {
                    kind: 'layout',
                    percent: Math.round(progress.fraction * 100),
                  },
            ),
          systemFonts ?? undefined,
        );
        if (!outcome.ok) {
          setState({
            kind: 'failed',
            message:
              outcome.code === 'no-fonts'
                ? t('report.noFonts')
                : t('report.failed', { reason: outcome.detail }),
          });
          return;
        }
        await recordReportVersion(defaultContext(), {
          auditId,
          kind: choice.kind,
          coefficientSetId: input.options.coefficientSetId,
          electricityBasis: input.options.electricityBasis,
          economics: settings.economics,
          fonts: systemFonts ? 'system' : 'bundled',
          dataSha256: await reportDataDigest(input),
          pages: outcome.pages,
          sizeBytes: outcome.bytes.byteLength,
        });
        setState({
          kind: 'done',
          bytes: outcome.bytes,
          pages: outcome.pages,
          fileName: reportFileName(input.snapshot.company.name, choice.kind),
          input,
        });
      } catch (error) {
        setState({
          kind: 'failed',
          message: errorMessage(t, errorCodeOf(error)),
        });
      } finally {
        busy.current = false;
      }
    },
    [auditId, settings, t],
  );

  const store = useCallback(
    async (request: RequestMap['file:save']) => {
      const result = await platform().saveFile(request);
      if (result.ok) {
        if (result.value.saved) {
          const fileName = result.value.fileName ?? request.suggestedName;
          setSave({ kind: 'saved', fileName });
        }
      } else if (result.code !== 'cancelled') {
        setSave({ kind: 'failed', message: errorMessage(t, result.code) });
      }
    },
    [t],
  );

  const saveFile = useCallback(async () => {
    if (state.kind !== 'done') return;
    await store({
      suggestedName: state.fileName,
      kind: 'pdf',
      bytes: state.bytes,
    });
  }, [state, store]);

  // The other files are made when asked for, in the worker, from the
  // same input as the PDF on screen. Known shortcoming: the 绩效表 PDF made
  // here uses the bundled font even when the report used the system's
  // 仿宋 and 黑体, since the system fonts are not kept with the result.
  const saveExtra = useCallback(
    async (file: ExtraFile) => {
      if (state.kind !== 'done') return;
      const { input } = state;
      const outcome = await renderInWorker(
        EXTRA_DOCUMENTS[file],
        input,
        () => undefined,
      );
      if (!outcome.ok) {
        setSave({
          kind: 'failed',
          message: t('report.failed', { reason: outcome.detail }),
        });
        return;
      }
      await store({
        suggestedName: extraFileName(
          input.snapshot.company.name,
          input.options.kind,
          file,
        ),
        kind: EXTRA_KINDS[file],
        bytes: outcome.bytes,
      });
    },
    [state, store, t],
  );

  return { state, save, generate, saveFile, saveExtra };
}

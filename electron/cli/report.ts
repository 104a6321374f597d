import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { reportOptionsFor } from '@shared/report/defaults';
import { reportDocxBytes } from '@shared/report/docx/document';
import { reportKinds, type ReportKind } from '@shared/settings/schema';
import { FontMissingError } from '../report/fonts';
import { NodeReportRenderer, type RenderedPdf } from '../report/render';
import { LANG, parseOptions, type CliIo } from './common';
import { accountingOf, readSnapshot } from './summary';

// The kinds as reports print them, and as the app stores them.
const KIND_WORDS: Readonly<Record<string, ReportKind>> = {
  评估稿: 'evaluation',
  送审稿: 'review',
  验收稿: 'acceptance',
  ...Object.fromEntries(reportKinds.map((kind) => [kind, kind])),
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `report FILE --out OUT.pdf [--kind 送审稿] [--date D] [--performance P.pdf]
 * [--docx OUT.docx]`.
 */
export async function runReport(
  rest: string[],
  t: TFunction,
  io: CliIo,
): Promise<number> {
  const text = { type: 'string' } as const;
  const parsed = parseOptions(
    {
      args: rest,
      allowPositionals: true,
      options: {
        out: text,
        kind: text,
        date: text,
        performance: text,
        docx: text,
        coefficients: text,
        basis: text,
        'system-fonts': { type: 'boolean' },
        lang: LANG,
      },
    },
    t,
    io,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    io.err(t('report.cli.missingFile'));
    return 2;
  }
  if (!values.out) {
    io.err(t('report.cli.missingOut'));
    return 2;
  }
  const kind = KIND_WORDS[values.kind ?? '送审稿'];
  if (!kind) {
    io.err(t('report.cli.badKind', { value: values.kind }));
    return 2;
  }
  const issuedOn = values.date ?? new Date().toISOString().slice(0, 10);
  if (!ISO_DATE.test(issuedOn)) {
    io.err(t('report.cli.badDate', { value: values.date }));
    return 2;
  }
  const accounting = accountingOf(values, t, io);
  if (!accounting) return 2;
  const snapshot = await readSnapshot(file, t, io);
  if (!snapshot) return 1;

  const input = {
    snapshot,
    options: {
      ...reportOptionsFor(snapshot, { kind, issuedOn }),
      coefficientSetId: accounting.setId,
      electricityBasis: accounting.basis,
    },
  };
  let report: RenderedPdf;
  let table: RenderedPdf | null = null;
  let word: OutputFile | null = null;
  try {
    const renderer = await NodeReportRenderer.create(values['system-fonts']);
    report = await renderer.report(input);
    if (values.performance) table = await renderer.performanceTable(input);
    if (values.docx) {
      word = { bytes: await reportDocxBytes(input), pages: null };
    }
  } catch (error) {
    if (error instanceof FontMissingError) {
      io.err(t('report.cli.fontsMissing', { name: error.fileName }));
    } else {
      io.err(
        t('report.cli.renderFailed', { reason: (error as Error).message }),
      );
    }
    return 1;
  }
  const written = await writeAll(
    [
      [values.out, report],
      ...(table && values.performance
        ? [[values.performance, table] as const]
        : []),
      ...(word && values.docx ? [[values.docx, word] as const] : []),
    ],
    t,
    io,
  );
  return written ? 0 : 1;
}

/** A file to write; pages are counted for PDFs only. */
export type OutputFile = {
  readonly bytes: Uint8Array;
  readonly pages: number | null;
};

/** Writes each file, reporting each file written or the first failure. */
export async function writeAll(
  files: readonly (readonly [string, OutputFile])[],
  t: TFunction,
  io: CliIo,
): Promise<boolean> {
  for (const [target, pdf] of files) {
    const full = path.resolve(target);
    try {
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, pdf.bytes);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'error';
      io.err(t('cli.writeFailed', { path: full, reason }));
      return false;
    }
    const size = Math.round(pdf.bytes.byteLength / 1024);
    io.out(
      pdf.pages === null
        ? t('report.cli.wroteDocx', { path: full, size })
        : t('report.cli.wrote', { path: full, pages: pdf.pages, size }),
    );
  }
  return true;
}

import type { ReportEntry } from '@shared/package/format';
import type { Settings } from '@shared/settings/schema';
import { extraFileName, reportFileName } from '../report/file-name';
import { renderInWorker } from '../report/render-in-worker';
import { reportInput } from '../report/use-report-generation';
import type { RenderDocument } from '../report/worker-messages';

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type PackageReports = {
  entries: ReportEntry[];
  /** True when the report PDF could not be made and is left out. */
  pdfMissing: boolean;
};

/**
 * The report files a filing package carries: the audit report as PDF (made
 * afresh, of the kind the settings name, with the consultant's section
 * texts), the 绩效表 and the 方案汇总表 as .xlsx. Made in the report worker,
 * like the report page's. A report that fails (no font, say) is left out
 * rather than stopping the export; the caller says so.
 */
export async function packageReports(
  auditId: string,
  settings: Settings,
): Promise<PackageReports> {
  const kind = settings.report.defaultKind;
  const input = await reportInput(
    auditId,
    { kind, draftMark: settings.report.draftMark, omit: [] },
    settings,
  );
  const company = input.snapshot.company.name;
  const files: [RenderDocument, string, string][] = [
    ['report', reportFileName(company, kind), MEDIA_TYPES.pdf],
    [
      'performanceXlsx',
      extraFileName(company, kind, 'performanceXlsx'),
      MEDIA_TYPES.xlsx,
    ],
    [
      'optionsXlsx',
      extraFileName(company, kind, 'optionsXlsx'),
      MEDIA_TYPES.xlsx,
    ],
  ];
  const entries: ReportEntry[] = [];
  let pdfMissing = false;
  for (const [document, name, mediaType] of files) {
    const outcome = await renderInWorker(document, input, () => undefined);
    if (outcome.ok) entries.push({ name, mediaType, bytes: outcome.bytes });
    else if (document === 'report') pdfMissing = true;
  }
  return { entries, pdfMissing };
}

import { REPORT_KIND_ZH } from '@shared/report/parts/front';
import type { ReportKind } from '@shared/settings/schema';

/** The files the report page saves besides the report PDF. */
export const EXTRA_FILES = [
  'docx',
  'performancePdf',
  'performanceXlsx',
  'optionsXlsx',
] as const;
export type ExtraFile = (typeof EXTRA_FILES)[number];

/**
 * The company's name as the start of a file name: the characters Windows
 * forbids replaced, and short enough for the host's file-name check.
 */
function stem(company: string): string {
  return [...company]
    .map((char) => (/[\\/:*?"<>|]/.test(char) || char < ' ' ? '_' : char))
    .join('')
    .trim()
    .slice(0, 120);
}

/** The report's own Chinese title, as the save dialog suggests it. */
export function reportFileName(company: string, kind: ReportKind): string {
  return `${stem(company)}清洁生产审核报告（${REPORT_KIND_ZH[kind]}）.pdf`;
}

export function extraFileName(
  company: string,
  kind: ReportKind,
  file: ExtraFile,
): string {
  switch (file) {
    case 'docx':
      return reportFileName(company, kind).replace(/\.pdf$/, '.docx');
    case 'performancePdf':
      return `${stem(company)}清洁生产审核绩效表.pdf`;
    case 'performanceXlsx':
      return `${stem(company)}清洁生产审核绩效表.xlsx`;
    case 'optionsXlsx':
      return `${stem(company)}清洁生产方案汇总表.xlsx`;
  }
}

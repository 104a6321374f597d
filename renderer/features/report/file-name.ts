import { REPORT_KIND_ZH } from '@shared/report/parts/front';
import type { ReportKind } from '@shared/settings/schema';

/**
 * The name the save dialog suggests: the report's own Chinese title, with
 * the characters Windows forbids in names replaced, and kept short enough
 * for the host's file-name check.
 */
export function reportFileName(company: string, kind: ReportKind): string {
  const safe = [...company]
    .map((char) => (/[\\/:*?"<>|]/.test(char) || char < ' ' ? '_' : char))
    .join('')
    .trim();
  const title = `${safe.slice(0, 120)}清洁生产审核报告（${REPORT_KIND_ZH[kind]}）`;
  return `${title}.pdf`;
}

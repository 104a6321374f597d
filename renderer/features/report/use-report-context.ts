import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportContext } from '@shared/report/context';
import { reportOptionsFor } from '@shared/report/defaults';
import { reportContext } from '@shared/report/document';
import type { Settings } from '@shared/settings/schema';
import { defaultContext } from '../../db/context';
import { readAuditSnapshot } from '../../db/repositories/report';

/**
 * The audit's figures as the report computes them, kept live: the page's
 * generated paragraphs and charts follow every edit of the audit's tables.
 * Null while loading.
 */
export function useReportContext(
  auditId: string,
  settings: Settings,
): ReportContext | null {
  // An audit that is gone or does not parse shows nothing here; the page
  // says so, and generating reports the reason.
  const snapshot = useLiveQuery(
    () => readAuditSnapshot(defaultContext(), auditId).catch(() => null),
    [auditId],
  );
  return useMemo(() => {
    if (!snapshot) return null;
    const options = reportOptionsFor(snapshot, {
      kind: settings.report.defaultKind,
      // The date is printed on the cover only; nothing shown here uses it.
      issuedOn: '2000-01-01',
      settings,
    });
    return reportContext({ snapshot, options });
  }, [snapshot, settings]);
}

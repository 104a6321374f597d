import type { AuditSnapshot } from '../model/snapshot';
import type { ReportKind, Settings } from '../settings/schema';
import type { ReportOptions } from './input';

/**
 * Report options from the audit and, where there are any, the app settings.
 * Without settings (the CLI) the consultancy is the one the audit names, and
 * its lead auditor stands alone on the management page.
 */
export function reportOptionsFor(
  snapshot: AuditSnapshot,
  choice: {
    readonly kind: ReportKind;
    readonly issuedOn: string;
    readonly settings?: Pick<Settings, 'consultancy' | 'report'>;
  },
): ReportOptions {
  const { audit } = snapshot;
  const fromSettings = choice.settings?.consultancy;
  const consultancy =
    fromSettings && fromSettings.name !== ''
      ? fromSettings
      : {
          name: audit.consultancyName,
          creditCode: '',
          address: '',
          phone: '',
          auditors: audit.leadAuditor
            ? [
                {
                  id: 'lead',
                  name: audit.leadAuditor,
                  title: '',
                  certificateNumber: '',
                },
              ]
            : [],
        };
  return {
    kind: choice.kind,
    draftMark: choice.settings?.report.draftMark ?? true,
    issuedOn: choice.issuedOn,
    consultancy,
    // The audit's own accounting, as its screens count.
    coefficientSetId: snapshot.audit.energyAccounting.coefficientSetId,
    electricityBasis: snapshot.audit.energyAccounting.electricityBasis,
    omit: [],
    sectionTexts: {},
  };
}

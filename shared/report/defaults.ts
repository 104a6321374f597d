import type { AuditSnapshot } from '../model/snapshot';
import { DEFAULT_ENERGY_ACCOUNTING } from '../reference/coefficients';
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
    // Audits do not record their own choice yet; every audit counts with
    // the app's default set and basis, as the stage 2 screens do.
    coefficientSetId: DEFAULT_ENERGY_ACCOUNTING.coefficientSetId,
    electricityBasis: DEFAULT_ENERGY_ACCOUNTING.electricityBasis,
    omit: [],
    sectionTexts: {},
  };
}

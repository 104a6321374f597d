import type { AuditSnapshot } from '../model/snapshot';
import type { ReportFigures } from './figures';
import type { ReportOptions } from './input';

/** What every part of the report is built from. */
export interface ReportContext {
  readonly snapshot: AuditSnapshot;
  readonly figures: ReportFigures;
  readonly options: ReportOptions;
}

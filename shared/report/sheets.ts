import type { OptionsSheetInput } from '../sheets/options-xlsx';
import type { PerformanceTableInput } from '../sheets/performance-xlsx';
import type { ReportContext } from './context';

// The report's spreadsheets are the app's own 绩效表 and 方案汇总表 (see
// shared/sheets), filled from the figures the report was laid out with, so
// the .xlsx beside a PDF never disagrees with it and the option summary
// reads back into the register without loss.

export function performanceSheetInput(
  ctx: ReportContext,
): PerformanceTableInput {
  return {
    companyName: ctx.snapshot.company.name,
    auditTitle: ctx.snapshot.audit.title,
    summary: ctx.figures.summary,
    coefficientSetName: ctx.figures.coefficientSet.name.zh,
    electricityBasis: ctx.figures.electricityBasis,
  };
}

export function optionsSheetInput(ctx: ReportContext): OptionsSheetInput {
  return {
    companyName: ctx.snapshot.company.name,
    auditTitle: ctx.snapshot.audit.title,
    options: ctx.snapshot.options,
    costClassRules: ctx.snapshot.audit.costClassRules,
  };
}

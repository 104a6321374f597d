import { demoSnapshot } from '@shared/demo/demo-audit';
import { reportOptionsFor } from '@shared/report/defaults';
import type { ReportInput, ReportOptions } from '@shared/report/input';

/** The demo audit with the options the app would start from. */
export function demoReportInput(
  overrides: Partial<ReportOptions> = {},
): ReportInput {
  const snapshot = demoSnapshot();
  const options = reportOptionsFor(snapshot, {
    kind: 'review',
    issuedOn: '2026-12-01',
  });
  return {
    snapshot,
    options: {
      ...options,
      consultancy: {
        ...options.consultancy,
        auditors: [
          {
            id: 'a1',
            name: '陈立新',
            title: '清洁生产审核师',
            certificateNumber: 'GDCP-2021-0456',
          },
        ],
      },
      ...overrides,
    },
  };
}

/** Every printed text of a document definition, in order. */
export function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return node === '' ? [] : [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    return ['text', 'stack', 'table', 'body', 'ol', 'toc', 'title'].flatMap(
      (key) => textsOf(record[key]),
    );
  }
  return [];
}

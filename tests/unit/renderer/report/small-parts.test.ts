import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '@renderer/app/route';
import {
  extraFileName,
  reportFileName,
} from '@renderer/features/report/file-name';
import { canonicalJson } from '@shared/report/digest';

describe('the report route', () => {
  it('reads #/audits/<id>/report as the report page of that audit', () => {
    expect(parseRoute('#/audits/a%2F1/report')).toEqual({
      name: 'report',
      auditId: 'a/1',
    });
    expect(routeHref({ name: 'report', auditId: 'a/1' })).toBe(
      '#/audits/a%2F1/report',
    );
  });
});

describe('the suggested file name', () => {
  it('is the report title with the kind, characters Windows forbids replaced', () => {
    expect(reportFileName('佛山市"美琪"五金/制品', 'review')).toBe(
      '佛山市_美琪_五金_制品清洁生产审核报告（送审稿）.pdf',
    );
  });

  it('names the Word copy like the report and the sheets by their tables', () => {
    expect(extraFileName('美琪', 'acceptance', 'docx')).toBe(
      '美琪清洁生产审核报告（验收稿）.docx',
    );
    expect(extraFileName('美琪', 'review', 'performanceXlsx')).toBe(
      '美琪清洁生产审核绩效表.xlsx',
    );
    expect(extraFileName('美琪', 'review', 'optionsXlsx')).toBe(
      '美琪清洁生产方案汇总表.xlsx',
    );
  });
});

describe('canonical JSON for the data digest', () => {
  it('gives the same text whatever order the keys were set in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, 'x'] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('changes when a value changes and drops undefined members', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});

import { describe, expect, it } from 'vitest';
import { energySavedTce } from '@shared/calc/energy';
import { evaluateEconomics } from '@shared/calc/economics';
import { performanceSummary } from '@shared/calc/performance-summary';
import { economicInputsOf } from '@shared/model/feasibility';
import { COEFFICIENT_SETS } from '@shared/reference/coefficients';
import {
  buildPerformanceTableDocument,
  buildReportDocument,
} from '@shared/report/document';
import { BUNDLED_FONTS } from '@shared/report/fonts';
import { fixed, money, percent } from '@shared/report/format';
import { REPORT_OUTLINE } from '@shared/report/outline';
import { demoReportInput, textsOf } from './fixtures';

const input = demoReportInput();
const texts = textsOf(buildReportDocument(input, BUNDLED_FONTS).content);
const joined = texts.join('\n');
const { snapshot } = input;
const set = COEFFICIENT_SETS['gbt2589-2020'];
const summary = performanceSummary(snapshot.options, {
  costClassRules: snapshot.audit.costClassRules,
  coefficientSet: set,
  electricityBasis: 'calorific',
});

describe('the report document of the demo audit', () => {
  it('has every chapter heading and every section heading of the outline', () => {
    for (const chapter of REPORT_OUTLINE) {
      expect(texts).toContain(chapter.title);
      if (chapter.sections.length > 1) {
        for (const section of chapter.sections) {
          expect(texts).toContain(`${section.id} ${section.title}`);
        }
      }
    }
  });

  it('prints NPV, NPVR and IRR of every study as evaluateEconomics gives them', () => {
    const studies = snapshot.feasibilityStudies.filter(
      (s) => s.deletedAt === null,
    );
    expect(studies.length).toBeGreaterThan(1);
    for (const study of studies) {
      const inputs = economicInputsOf(study.economicInputs);
      if (inputs === null) continue;
      const result = evaluateEconomics(inputs);
      if (!result.ok) throw new Error('demo study does not evaluate');
      const option = snapshot.options.find((o) => o.id === study.optionId);
      const row = texts.indexOf(
        `${option?.code} ${option?.name}`,
        texts.indexOf('表5-3 中/高费方案经济评估'),
      );
      expect(row).toBeGreaterThan(0);
      expect(texts.slice(row + 1, row + 8)).toEqual([
        money(result.value.investmentNetWanYuan),
        money(result.value.annualSavingWanYuanPerYear),
        money(result.value.annualCashFlowWanYuanPerYear),
        fixed(result.value.paybackYears),
        money(result.value.npvWanYuan),
        percent(result.value.npvr),
        percent(result.value.irr),
      ]);
    }
  });

  it('prints the performance totals of performanceSummary, estimated and verified', () => {
    const row = (label: string) => {
      const at = texts.lastIndexOf(label);
      return texts.slice(at + 1, at + 3);
    };
    expect(row('投资（万元）')).toEqual([
      money(summary.estimated.investmentWanYuan),
      money(summary.verified.investmentWanYuan),
    ]);
    expect(row('经济效益（万元/a）')).toEqual([
      money(summary.estimated.economicBenefitWanYuanPerYear),
      money(summary.verified.economicBenefitWanYuanPerYear),
    ]);
    expect(row('节能量（tce/a）')).toEqual([
      fixed(summary.estimated.energySavedTcePerYear),
      fixed(summary.verified.energySavedTcePerYear),
    ]);
    expect(joined).toContain(
      `本轮审核共产生清洁生产方案${summary.optionCounts.total}项`,
    );
  });

  it('prints each implemented option’s energy saved as energySavedTce gives it', () => {
    const done = snapshot.options.filter(
      (o) => o.status === 'verified' || o.status === 'implemented',
    );
    const option = done[0];
    if (!option) throw new Error('demo has no implemented option');
    const at = texts.indexOf(
      option.code,
      texts.indexOf('表6-1 方案实施情况及效果'),
    );
    expect(texts[at + 5]).toBe(
      fixed(
        energySavedTce(option.implementation.verifiedEffects, set, 'calorific'),
      ),
    );
  });

  it('prints the consultant’s text in place of the generated one', () => {
    const own = demoReportInput({
      sectionTexts: { '1.1': '总经理亲自担任领导小组组长。' },
    });
    const content = textsOf(buildReportDocument(own, BUNDLED_FONTS).content);
    expect(content).toContain('总经理亲自担任领导小组组长。');
    expect(content).not.toContain(
      '（请说明企业领导对清洁生产审核的支持和承诺。）',
    );
  });

  it('leaves out the parts it is told to omit and keeps the chapters', () => {
    const short = demoReportInput({ omit: ['management', 'performanceTable'] });
    const content = textsOf(buildReportDocument(short, BUNDLED_FONTS).content);
    expect(content).not.toContain('审核管理页');
    expect(content).not.toContain('企业及审核信息');
    expect(content).toContain('第七章 持续清洁生产');
  });

  it('reads a snapshot without the working tables as empty tables', () => {
    const bare = demoReportInput();
    const empty = {
      ...bare,
      snapshot: {
        ...bare.snapshot,
        options: [],
        feasibilityStudies: [],
        targets: [],
        teamMembers: [],
      },
    };
    const content = textsOf(buildReportDocument(empty, BUNDLED_FONTS).content);
    expect(content).toContain('（无数据）');
    expect(content.join('')).toContain('本轮审核共产生清洁生产方案0项');
  });

  it('makes the performance table a document of its own', () => {
    const doc = buildPerformanceTableDocument(input, BUNDLED_FONTS);
    const content = textsOf(doc.content);
    expect(content[0]).toBe('清洁生产审核绩效表');
    expect(content).not.toContain('第一章 筹划与组织');
  });

  it('numbers the footer 第 N 页 / 共 M 页 and leaves the cover bare', () => {
    const doc = buildReportDocument(input, BUNDLED_FONTS);
    expect(doc.footer?.(1, 30)).toBe('');
    expect(doc.footer?.(5, 30)).toMatchObject({ text: '第 5 页 / 共 30 页' });
  });
});

describe('tables of the report document', () => {
  const doc = buildReportDocument(input, BUNDLED_FONTS);

  it('numbers the tables of each chapter 1, 2, 3 … in the order they print', () => {
    for (const chapter of ['1', '2', '3', '4', '5', '6']) {
      const numbers = texts
        .map((text) => new RegExp(`^表${chapter}-(\\d+) `).exec(text))
        .filter((match) => match !== null)
        .map((match) => Number(match[1]));
      expect(numbers.length).toBeGreaterThan(0);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('spans each aspect row of the option summary across all six columns', () => {
    const tables: { table: { body: unknown[][] } }[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node !== null && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.table) tables.push(record as (typeof tables)[number]);
        Object.values(record).forEach(collect);
      }
    };
    collect(doc.content);
    const summaryTable = tables.find((t) =>
      textsOf(t.table.body[0]).some((text) =>
        text.endsWith('清洁生产方案汇总表'),
      ),
    );
    const aspectRows = (summaryTable?.table.body ?? []).filter((row) =>
      textsOf(row[0]).some((text) => /^A\d /.test(text)),
    );
    expect(aspectRows.length).toBe(8);
    for (const row of aspectRows) {
      expect(row[0]).toMatchObject({ colSpan: 6 });
      expect(row).toHaveLength(6);
    }
  });
});

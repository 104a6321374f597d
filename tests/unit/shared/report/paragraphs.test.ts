import { describe, expect, it } from 'vitest';
import { COST_CLASS_LABELS } from '@shared/calc/cost-class';
import { reportContext } from '@shared/report/document';
import { fixed, money } from '@shared/report/format';
import { SECTION_IDS } from '@shared/report/outline';
import { generatedText, sectionText } from '@shared/report/paragraphs';
import { demoReportInput } from './fixtures';

describe('the generated section texts', () => {
  const ctx = reportContext(demoReportInput());

  it('exist for every section of the outline', () => {
    for (const id of SECTION_IDS) expect(generatedText(id, ctx)).not.toBe('');
  });

  it('count options by class with their totals in 4.2', () => {
    const { optionCounts, estimated } = ctx.figures.summary;
    const text = generatedText('4.2', ctx);
    const none = ctx.figures.options.filter(
      (f) => f.costClass === 'none',
    ).length;
    expect(text).toContain(`共产生清洁生产方案${optionCounts.total}项`);
    expect(text).toContain(`无/低费方案${optionCounts.noLowCost}项`);
    expect(text).toContain(`${COST_CLASS_LABELS.none.zh}${none}项`);
    expect(text).toContain(
      `预计总投资${money(estimated.investmentWanYuan)}万元`,
    );
    expect(text).toContain(
      `节能${fixed(estimated.energySavedTcePerYear)}吨标准煤/年`,
    );
  });

  it('name the grounds of a mandatory audit in the preface', () => {
    expect(generatedText('0.2', ctx)).toContain('使用有毒有害原料进行生产');
    expect(generatedText('0.2', ctx)).toContain('第2轮强制性清洁生产审核');
  });

  it('give way to the consultant’s own text, but not to a blank one', () => {
    const own = reportContext(
      demoReportInput({ sectionTexts: { '2.1': '自写。', '2.2': '   ' } }),
    );
    expect(sectionText('2.1', own)).toBe('自写。');
    expect(sectionText('2.2', own)).toBe(generatedText('2.2', own));
  });
});

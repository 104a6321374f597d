import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateEconomics } from '@shared/calc/economics';
import { economicInputsOf } from '@shared/model/feasibility';
import { reportContext } from '@shared/report/document';
import { money } from '@shared/report/format';
import { REPORT_OUTLINE } from '@shared/report/outline';
import { NodeReportRenderer } from '../../../electron/report/render';
import { demoReportInput } from '../shared/report/fixtures';

// Renders the real PDF of the demo audit with pdfmake in Node and reads it
// back with poppler. CI has poppler-utils; elsewhere the suite says why it
// is skipped.
function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasPoppler();
if (!poppler) {
  process.stderr.write(
    'report-pdf: pdftotext not found, skipping (install poppler-utils)\n',
  );
}

describe.skipIf(!poppler)('the demo report PDF', () => {
  const input = demoReportInput();
  let file = '';
  let pages = 0;
  let text = '';
  // The text without any whitespace: table cells and justified lines wrap
  // wherever the layout puts them.
  let flat = '';

  beforeAll(async () => {
    const renderer = await NodeReportRenderer.create();
    const pdf = await renderer.report(input);
    file = path.join(mkdtempSync(path.join(tmpdir(), 'cpaw-report-')), 'r.pdf');
    writeFileSync(file, pdf.bytes);
    pages = pdf.pages;
    text = execFileSync('pdftotext', ['-layout', file, '-'], {
      encoding: 'utf8',
    });
    flat = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
  }, 180_000);

  it('has a sane number of pages, as poppler counts them', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
    expect(pages).toBeGreaterThanOrEqual(20);
    expect(pages).toBeLessThanOrEqual(80);
  });

  it('carries the Chinese headings and the footer', () => {
    for (const heading of [
      '清洁生产审核报告',
      '第一章 筹划与组织',
      '第五章 可行性分析',
      '结论',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`第 2 页 / 共 ${pages} 页`);
  });

  it('carries every chapter heading of the outline', () => {
    for (const chapter of REPORT_OUTLINE) {
      expect(flat).toContain(chapter.title.replace(/\s+/g, ''));
    }
  });

  it('prints option names and the estimated total investment', () => {
    const { figures } = reportContext(input);
    for (const option of input.snapshot.options.slice(0, 3)) {
      expect(flat).toContain(option.name.replace(/\s+/g, ''));
    }
    const total = money(figures.summary.estimated.investmentWanYuan);
    expect(flat).toContain(`预计总投资${total}万元`);
  });

  it('prints the NPV of the first feasibility study as calculated', () => {
    const study = input.snapshot.feasibilityStudies[0];
    const inputs = study && economicInputsOf(study.economicInputs);
    const result = inputs ? evaluateEconomics(inputs) : null;
    if (!result?.ok) throw new Error('the demo study does not evaluate');
    expect(text).toContain(money(result.value.npvWanYuan));
  });

  it('embeds subsets of its fonts only', () => {
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter((line) => line.trim());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\+\S+.*\byes\s+yes\s+yes\b/);
  });
});

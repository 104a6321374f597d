import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '@shared/report/document';
import { BUNDLED_FONTS, SYSTEM_FONTS } from '@shared/report/fonts';
import {
  GUANGDONG_LAYOUT,
  lineHeightFactor,
  ZIHAO_PT,
} from '@shared/report/layout';
import { demoReportInput } from './fixtures';

describe('the layout profile', () => {
  it('follows the format rules: A4, 小四 body, 三号 and 四号 headings, 五号 tables', () => {
    expect(GUANGDONG_LAYOUT.pageSize).toBe('A4');
    expect(GUANGDONG_LAYOUT.body.sizePt).toBe(12);
    expect(GUANGDONG_LAYOUT.body.lineSpacingPt).toBeGreaterThanOrEqual(24);
    expect(GUANGDONG_LAYOUT.heading1).toMatchObject({
      sizePt: 16,
      bold: true,
      role: 'heading',
    });
    expect(GUANGDONG_LAYOUT.heading2).toMatchObject({
      sizePt: 14,
      bold: true,
      role: 'body',
    });
    expect(GUANGDONG_LAYOUT.table.sizePt).toBe(ZIHAO_PT.wuhao);
  });

  it('spaces body lines 24 pt apart whichever font fills the role', () => {
    for (const fonts of [BUNDLED_FONTS, SYSTEM_FONTS]) {
      const factor = lineHeightFactor(
        GUANGDONG_LAYOUT.body,
        fonts.body.emPerLine,
      );
      expect(
        factor * GUANGDONG_LAYOUT.body.sizePt * fonts.body.emPerLine,
      ).toBeCloseTo(24);
    }
  });

  it('gives the document the profile’s sizes and the heading font to level-1 headings', () => {
    const doc = buildReportDocument(demoReportInput(), BUNDLED_FONTS);
    expect(doc.pageSize).toBe('A4');
    expect(doc.styles.heading1).toMatchObject({
      fontSize: 16,
      bold: true,
      font: 'ReportHeading',
    });
    expect(doc.styles.body).toMatchObject({ fontSize: 12, font: 'ReportBody' });
    expect(doc.styles.table).toMatchObject({ fontSize: 10.5 });
  });

  it('repeats table header rows and keeps rows whole', () => {
    const doc = buildReportDocument(demoReportInput(), BUNDLED_FONTS);
    const tables = JSON.stringify(doc.content).match(
      /"headerRows":2,"keepWithHeaderRows":1,"dontBreakRows":true/g,
    );
    expect(tables?.length).toBeGreaterThan(20);
  });
});

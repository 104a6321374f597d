import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { screenshot } from './support/browser';
import { browserSessions } from './support/session';

const baseUrl = inject('baseUrl');

function pdfText(file: string): string | null {
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

describe('the report page in Chromium', () => {
  const sessions = browserSessions(baseUrl);

  it('generates the demo report in a worker with the edited text, records the version and downloads it', async () => {
    const { page, errors, profile } = await sessions.openDemo();
    await page.getByRole('link', { name: '生成审核报告' }).click();
    await page.getByRole('heading', { name: '审核报告', level: 1 }).waitFor();
    await page.getByText('还没有生成过报告。').waitFor();
    await page.getByRole('img', { name: '各方面方案数量' }).waitFor();
    await expect(
      page.getByRole('img', { name: '审核前后单位产品指标对比' }).count(),
    ).resolves.toBe(1);

    await page.getByText('第一章 筹划与组织').click();
    const commitment = page.getByLabel('1.1 领导支持与承诺');
    await expect(commitment.inputValue()).resolves.toContain('请说明');
    await commitment.fill('总经理在动员大会上承诺提供审核所需的人员和资金。');
    await page.getByText('已保存').first().waitFor();
    await page.getByText('已修改').first().waitFor();
    await page.getByRole('radio', { name: '评估稿' }).check();
    await page.getByLabel('附件清单').uncheck();
    await screenshot(page, 'report-01-options-and-texts');

    await page.getByRole('button', { name: '生成 PDF' }).click();
    // The page keeps answering while the worker lays out the pages.
    await page.getByText(/正在(加载字体|生成)/).waitFor();
    await expect(
      page.evaluate(() => new Promise((r) => setTimeout(() => r('ok'), 10))),
    ).resolves.toBe('ok');
    await page.getByText(/已生成：共 \d+ 页/).waitFor({ timeout: 60_000 });
    await page.getByText(/评估稿 · \d+ 页 · 数据摘要 [0-9a-f]{12}/).waitFor();

    // The preview draws the pages on a canvas; the second page follows.
    const previewPage = page.getByTestId('preview-page');
    await expect
      .poll(() => previewPage.textContent())
      .toMatch(/^第 1 页 \/ 共 \d+ 页$/);
    const inked = () =>
      page.locator('.pdf-preview canvas').evaluate((canvas) => {
        const c = canvas as HTMLCanvasElement;
        const data = c
          .getContext('2d')
          ?.getImageData(0, 0, c.width, c.height).data;
        if (!data) return 0;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) {
          if ((data[i] ?? 255) < 128) dark += 1;
        }
        return dark;
      });
    await expect.poll(inked, { timeout: 10_000 }).toBeGreaterThan(500);
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => previewPage.textContent()).toMatch(/^第 2 页/);
    await screenshot(page, 'report-02-generated');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存 PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /清洁生产审核报告（评估稿）\.pdf$/,
    );
    const file = path.join(profile, 'report.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file);
    if (text !== null) {
      expect(text).toContain(
        '总经理在动员大会上承诺提供审核所需的人员和资金。',
      );
      expect(text).toContain('评估稿');
      expect(text).not.toContain('技术服务单位能力证明材料');
    }
    await page.getByText(/已保存为 .*评估稿）\.pdf/).waitFor();

    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存 Word 版' }).click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/（评估稿）\.docx$/);
    const docx = path.join(profile, 'report.docx');
    await word.saveAs(docx);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存方案汇总表 Excel' }).click(),
    ]);
    expect(sheet.suggestedFilename()).toMatch(/清洁生产方案汇总表\.xlsx$/);
    const xlsx = path.join(profile, 'options.xlsx');
    await sheet.saveAs(xlsx);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    // The edited text survives a reload; resetting brings back the
    // generated paragraph and forgets the edit.
    await page.reload();
    await page.getByText('第一章 筹划与组织').click();
    const again = page.getByLabel('1.1 领导支持与承诺');
    await expect(again.inputValue()).resolves.toBe(
      '总经理在动员大会上承诺提供审核所需的人员和资金。',
    );
    await page.getByRole('button', { name: '恢复自动生成的文字' }).click();
    await expect(again.inputValue()).resolves.toContain('请说明');
    await page.getByText('已修改').waitFor({ state: 'detached' });
    await page.getByText('生成记录').waitFor();
    await expect(
      page.getByText(/评估稿 · \d+ 页 · 数据摘要/).count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
  });
});

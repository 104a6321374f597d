import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_COST_CLASS_RULES } from '../../shared/calc/cost-class';
import { parseOptionsSheet } from '../../shared/sheets/options-sheet';
import { readSheetFile } from '../../shared/sheets/read-sheet';
import {
  csvText,
  utf8,
  xlsxOfRows,
  type FixtureCell,
} from '../unit/fixtures/sheet-files';
import {
  freshProfilePerTest,
  openDemoAudit,
  screenshot,
  screenshotDir,
} from './support/browser';

const baseUrl = inject('baseUrl');

const SETTINGS = {
  costClassRules: DEFAULT_COST_CLASS_RULES,
  overrideReason: '按方案汇总表导入',
};

// The columns in an order of the consultant's own, not the export's.
const HEADER = [
  '方案名称',
  '方案类型',
  '投资(万元)',
  '节电(kWh/年)',
  '状态',
  '方案编号',
];

// Rows 4 and 5 of the sheet are wrong: an investment that is no number and
// an option type that does not exist.
const WITH_TWO_BAD_ROWS: FixtureCell[][] = [
  HEADER,
  ['空压机余热回收', '设备', 3.5, 12000, '已提出', 'F1'],
  ['车间照明改LED', '原辅材料和能源替代', 2, 30000, '', ''],
  ['清洗水逆流漂洗', '过程控制', 'abc', '', '', ''],
  ['危废分类减量', '天气', 1, '', '', ''],
  ['员工节能培训', '员工', 0, '', '已实施', ''],
];

// The same two rows put right, in a CSV.
const FIXED_ROWS: FixtureCell[][] = [
  HEADER,
  ['清洗水逆流漂洗', '过程控制', 4, '', '', ''],
  ['危废分类减量', '废弃物', 1, '', '', ''],
];

function register(page: Page): Locator {
  return page.locator('#section-optionSummary');
}

function importDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: '导入方案汇总表' });
}

/** The register's "显示 x / y 项方案" line. */
function registerCount(page: Page): Promise<string | null> {
  return register(page).locator('.register-count').textContent();
}

async function chooseFile(
  page: Page,
  name: string,
  mimeType: string,
  bytes: Uint8Array,
) {
  await importDialog(page)
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

describe('the options sheet in Chromium', () => {
  const start = freshProfilePerTest();

  it('refuses a sheet with two bad rows until they are skipped or fixed, then adds the rows to the register', async () => {
    const { page, errors } = await start();
    await openDemoAudit(page, baseUrl);
    await page.getByRole('link', { name: /^4\. / }).first().click();
    await register(page).getByRole('grid').waitFor();
    await expect.poll(() => registerCount(page)).toMatch(/^显示 40 \/ 40/);

    // The bad sheet: both rows named with the cell and what to do; the
    // import button stays disabled and Enter adds nothing.
    await register(page).getByRole('button', { name: '导入…' }).click();
    const dialog = importDialog(page);
    await dialog.waitFor();
    // A sheet without its 方案类型 column is refused as a whole.
    const noType = utf8(csvText([['方案名称'], ['空压机余热回收']]));
    await chooseFile(page, 'no-type.csv', 'text/csv', noType);
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('缺少必需的列：方案类型。请在表头中补上后重试。');
    const xlsx = await xlsxOfRows(WITH_TWO_BAD_ROWS);
    await chooseFile(
      page,
      '方案汇总表.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      xlsx,
    );
    await dialog.getByText('共 5 行：3 行可以导入，2 行有错误。').waitFor();
    const invalid = dialog.locator('tr.sheet-invalid');
    await expect(invalid.count()).resolves.toBe(2);
    await expect(invalid.nth(0).textContent()).resolves.toBe(
      '4清洗水逆流漂洗“投资(万元)”：“abc”不是数字。本列只填数值，单位见列名。',
    );
    await expect(invalid.nth(1).textContent()).resolves.toBe(
      '5危废分类减量“方案类型”：“天气”不是方案类型。请填八类之一，如“设备维护和更新”或简称“设备”。',
    );
    await dialog.getByText('有错误的行未改正前不能导入').waitFor();
    const apply = dialog.getByRole('button', { name: /^导入 \d+ 个方案$/ });
    await expect(apply.isDisabled()).resolves.toBe(true);
    const skip = dialog.getByRole('checkbox', { name: /跳过有错误的行/ });
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect(skip.isChecked()).resolves.toBe(false);
    await dialog.screenshot({
      path: path.join(screenshotDir, 'options-sheet-01-two-bad-rows.png'),
    });
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(registerCount(page)).resolves.toMatch(/^显示 40 \/ 40/);

    // Skipping the bad rows: Enter imports the three good ones.
    await skip.check();
    await expect(apply.textContent()).resolves.toBe('导入 3 个方案');
    await expect(apply.isDisabled()).resolves.toBe(false);
    await page.keyboard.press('Enter');
    await page.getByText('已导入 3 个方案。').waitFor();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect.poll(() => registerCount(page)).toMatch(/^显示 43 \/ 43/);
    const grid = register(page).getByRole('grid');
    await grid.getByText('空压机余热回收', { exact: true }).waitFor();
    await grid.getByText('员工节能培训').waitFor();

    // The corrected rows in a CSV: no errors, Enter imports both.
    await register(page).getByRole('button', { name: '导入…' }).click();
    await chooseFile(page, 'fixed.csv', 'text/csv', utf8(csvText(FIXED_ROWS)));
    await dialog.getByText('共 2 行：2 行可以导入，0 行有错误。').waitFor();
    await expect(dialog.locator('tr.sheet-invalid').count()).resolves.toBe(0);
    await dialog.screenshot({
      path: path.join(screenshotDir, 'options-sheet-02-fixed.png'),
    });
    await page.keyboard.press('Enter');
    await page.getByText('已导入 2 个方案。').waitFor();
    await expect.poll(() => registerCount(page)).toMatch(/^显示 45 \/ 45/);
    await grid.getByText('危废分类减量').waitFor();

    // Esc closes the dialog without adding anything.
    await register(page).getByRole('button', { name: '导入…' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect(registerCount(page)).resolves.toMatch(/^显示 45 \/ 45/);
    await screenshot(page, 'options-sheet-03-register');

    // The export is a download in the browser; it reads back as 45 options.
    const download = page.waitForEvent('download');
    await register(page).getByRole('button', { name: '导出 .xlsx' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^方案汇总表-.+\.xlsx$/);
    const saved = await file.path();
    const read = await readSheetFile(
      new Uint8Array(readFileSync(saved)),
      'export.xlsx',
    );
    if (!read.ok) throw new Error(read.problem);
    const exported = parseOptionsSheet(read.rows, SETTINGS);
    if (!exported.ok) throw new Error(JSON.stringify(exported.problems));
    expect(exported.rows.filter((row) => row.ok)).toHaveLength(45);
    await page.getByText(/^已保存 方案汇总表-.+\.xlsx。$/).waitFor();

    // The overview's 绩效表 card saves the performance table as well.
    await page
      .getByRole('link', { name: /强制性清洁生产审核/ })
      .first()
      .click();
    const tableDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出绩效表 .xlsx' }).click();
    const table = await tableDownload;
    expect(table.suggestedFilename()).toMatch(/^绩效表-.+\.xlsx$/);
    const tableRead = await readSheetFile(
      new Uint8Array(readFileSync(await table.path())),
      'table.xlsx',
    );
    expect(tableRead.ok && String(tableRead.rows[0]?.[0])).toMatch(
      /清洁生产审核绩效表$/,
    );
    await page.locator('.summary-card').screenshot({
      path: path.join(screenshotDir, 'options-sheet-05-summary-card.png'),
    });

    expect(errors).toEqual([]);
  });

  it('checks and imports a sheet of two thousand options', async () => {
    const { page, errors } = await start();
    await openDemoAudit(page, baseUrl);
    await page.getByRole('link', { name: /^4\. / }).first().click();
    await register(page).getByRole('grid').waitFor();

    const rows = Array.from({ length: 2000 }, (_, i) => [
      `批量方案 ${i + 1}`,
      i % 2 === 0 ? '管理' : '设备',
      i % 2 === 0 ? 1 : 12,
      1000,
      '',
      '',
    ]);
    await register(page).getByRole('button', { name: '导入…' }).click();
    const dialog = importDialog(page);
    await chooseFile(
      page,
      'big.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      await xlsxOfRows([HEADER, ...rows]),
    );
    await dialog
      .getByText('共 2000 行：2000 行可以导入，0 行有错误。')
      .waitFor({ timeout: 30_000 });
    await dialog.getByText('预览只列出前 300 行').waitFor();
    await dialog.screenshot({
      path: path.join(screenshotDir, 'options-sheet-04-two-thousand.png'),
    });
    await dialog.getByRole('button', { name: '导入 2000 个方案' }).click();
    await page.getByText('已导入 2000 个方案。').waitFor({ timeout: 30_000 });
    await expect.poll(() => registerCount(page)).toMatch(/^显示 2040 \/ 2040/);

    expect(errors).toEqual([]);
  });
});

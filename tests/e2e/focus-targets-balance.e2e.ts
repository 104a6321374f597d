import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import path from 'node:path';
import {
  freshProfilePerTest,
  openStage,
  screenshot,
  screenshotDir,
} from './support/browser';

const baseUrl = inject('baseUrl');

const SCORES = '审核重点评分（权重总和计分排序法）';
const TARGETS = '清洁生产目标一览表';
const STUDIES = '平衡测算';

function grid(page: Page, name: string): Locator {
  return page.getByRole('grid', { name, exact: true });
}

/** A body cell by its 0-based row and column (the row number excluded). */
function cell(table: Locator, row: number, col: number): Locator {
  return table.locator(`td[data-row="${row}"][data-col="${col}"]`);
}

/** Clicks a cell, types over it and commits with `key`. */
async function typeInto(
  page: Page,
  target: Locator,
  text: string,
  key = 'Enter',
) {
  await target.click();
  await page.keyboard.type(text);
  await page.keyboard.press(key);
}

/** Types into the active cell and moves on with Tab. */
async function typeAndTab(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Follows a stage link: the overview's progress list or the stage tabs. */
/** One section at full resolution, to read its cells in the picture. */
async function sectionShot(page: Page, name: string, file: string) {
  await page
    .getByRole('region', { name, exact: true })
    .screenshot({ path: path.join(screenshotDir, `${file}.png`) });
}

/** Waits until a cell shows `text`: saving and the live query take a moment. */
async function waitForText(target: Locator, text: string) {
  await expect.poll(() => target.textContent(), { timeout: 5_000 }).toBe(text);
}

describe('focus scoring, targets and balances in Chromium', () => {
  const openBrowser = freshProfilePerTest();

  it('reranks on a changed score, keeps the chosen focus and a new target, and flags a 7 % water balance, all across a reload', async () => {
    const { page, errors } = await openBrowser();
    await page.goto(baseUrl);
    await page.getByRole('button', { name: '打开示例审核' }).first().click();
    await page.getByRole('heading', { name: /强制性清洁生产审核/ }).waitFor();

    // Stage 2: the demo's totals are 394, 260 and 264; 内层及压合工序 is third.
    await openStage(page, 2);
    const scores = grid(page, SCORES);
    await scores.waitFor();
    // Columns: name, the seven scores R, total ΣW·R, rank.
    const innerTotal = cell(scores, 1, 8);
    const innerRank = cell(scores, 1, 9);
    await expect(cell(scores, 1, 0).textContent()).resolves.toBe(
      '内层及压合工序',
    );
    await expect(innerTotal.textContent()).resolves.toBe('260');
    await expect(innerRank.textContent()).resolves.toBe('3');

    // 废弃物量 (W=10) from 6 to 8 adds 20: 280 moves it past 264.
    await typeInto(page, cell(scores, 1, 1), '8');
    await waitForText(innerTotal, '280');
    await expect(innerRank.textContent()).resolves.toBe('2');
    await expect(cell(scores, 2, 9).textContent()).resolves.toBe('3');

    await page
      .getByRole('radio', { name: '将“内层及压合工序”确定为审核重点' })
      .click();
    await page
      .getByText(
        '已确定的审核重点“内层及压合工序”排名第 2，不是总分最高的“图形电镀/蚀刻线”。',
        { exact: false },
      )
      .waitFor();
    await expect(
      page
        .getByRole('radio', { name: '将“图形电镀/蚀刻线”确定为审核重点' })
        .isChecked(),
    ).resolves.toBe(false);

    const targets = grid(page, TARGETS);
    await page
      .getByRole('region', { name: TARGETS })
      .getByRole('button', { name: '添加行' })
      .click();
    await cell(targets, 5, 0).click();
    await typeAndTab(page, '单位产品天然气用量');
    await typeAndTab(page, 'm³/m²');
    await typeAndTab(page, '0.48');
    await page.keyboard.type('0.45');
    await page.keyboard.press('Enter');
    // (0.45 − 0.48) / 0.48 = −6.25 %, shown as the near-term derived value.
    await waitForText(cell(targets, 5, 5), '≈ -6.3%');
    await expect(cell(targets, 5, 2).textContent()).resolves.toBe('0.48');
    await page.mouse.move(0, 0);
    await screenshot(page, 'focus-targets-01-stage2');
    await sectionShot(page, SCORES, 'focus-targets-01a-scores');
    await sectionShot(page, TARGETS, 'focus-targets-01b-targets');
    // At 1,280 px the long-term columns are scrolled to, as in a spreadsheet.
    await targets.evaluate((table) => {
      table.parentElement?.scrollBy({ left: 1000 });
    });
    await sectionShot(page, TARGETS, 'focus-targets-01c-targets-long-term');

    // Stage 3: a new water balance, 1,000 t in and 930 t out.
    await openStage(page, 3);
    const studies = grid(page, STUDIES);
    await page
      .getByRole('region', { name: STUDIES })
      .getByRole('button', { name: '添加行' })
      .click();
    await cell(studies, 2, 0).click();
    await typeAndTab(page, '电镀线水平衡');
    await typeAndTab(page, '水');
    await typeAndTab(page, '图形电镀线');
    await typeAndTab(page, '2026-05 实测');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await waitForText(cell(studies, 2, 1), '水平衡');

    // The new study is picked at once, so its streams table is shown.
    const streamsName = '物流表：电镀线水平衡';
    const streams = grid(page, streamsName);
    const streamsRegion = page.getByRole('region', { name: streamsName });
    await streamsRegion.getByRole('button', { name: '添加行' }).click();
    await cell(streams, 0, 0).click();
    await typeAndTab(page, '市政自来水');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await typeAndTab(page, '水');
    await typeAndTab(page, '1000');
    await page.keyboard.type('t');
    await page.keyboard.press('Enter');
    await waitForText(cell(streams, 0, 4), '1,000');

    // A new stream takes the unit and component of the one before it.
    await streamsRegion.getByRole('button', { name: '添加行' }).click();
    await cell(streams, 1, 0).click();
    await typeAndTab(page, '综合废水排放');
    await typeAndTab(page, '输出');
    await typeAndTab(page, '废弃物');
    await page.keyboard.press('Tab');
    await page.keyboard.type('930');
    await page.keyboard.press('Enter');
    await expect(cell(streams, 1, 5).textContent()).resolves.toBe('t');

    const summary = page.getByRole('region', { name: '平衡结果' });
    await summary
      .getByText('误差 7.00% 超过允许的 ±5%', { exact: false })
      .waitFor();
    await expect(summary.textContent()).resolves.toContain('1,000 t');
    await expect(summary.textContent()).resolves.toContain('930 t');
    await expect(cell(studies, 2, 6).textContent()).resolves.toBe('7.00');
    await expect(cell(studies, 2, 7).textContent()).resolves.toBe(
      '超出允许误差',
    );
    const findings = page.getByRole('region', { name: '需要注意' });
    await findings
      .getByText('“电镀线水平衡”平衡误差 7%，超过允许的 5%。', {
        exact: false,
      })
      .waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'focus-targets-02-stage3');
    await sectionShot(page, streamsName, 'focus-targets-02a-streams');

    await page.reload();
    await page
      .getByRole('group', { name: '填写物流的平衡' })
      .getByRole('button', { name: /电镀线水平衡/ })
      .click();
    await expect(cell(streams, 0, 4).textContent()).resolves.toBe('1,000');
    await expect(cell(streams, 1, 4).textContent()).resolves.toBe('930');
    await summary
      .getByText('误差 7.00% 超过允许的 ±5%', { exact: false })
      .waitFor();
    await findings
      .getByText('“电镀线水平衡”平衡误差 7%', { exact: false })
      .waitFor();

    await openStage(page, 2);
    await scores.waitFor();
    await expect(cell(scores, 1, 1).textContent()).resolves.toBe('8');
    await expect(innerTotal.textContent()).resolves.toBe('280');
    await expect(innerRank.textContent()).resolves.toBe('2');
    await expect(
      page
        .getByRole('radio', { name: '将“内层及压合工序”确定为审核重点' })
        .isChecked(),
    ).resolves.toBe(true);
    await expect(cell(targets, 5, 0).textContent()).resolves.toBe(
      '单位产品天然气用量',
    );
    await expect(cell(targets, 5, 2).textContent()).resolves.toBe('0.48');
    await expect(cell(targets, 5, 3).textContent()).resolves.toBe('0.45');
    expect(errors).toEqual([]);
  });

  it('labels the preset factors and the balance results in English', async () => {
    const { page, errors } = await openBrowser();
    await page.goto(baseUrl);
    await page.getByLabel('界面语言').selectOption('en');
    await page.getByRole('button', { name: 'Open demo audit' }).first().click();
    await page.getByText('Demo audit opened.').waitFor();

    await openStage(page, 2);
    const scores = grid(page, 'Scoring the audit focus (weighted-sum ranking)');
    await scores
      .getByRole('columnheader', { name: 'Waste amount (W=10)' })
      .waitFor();
    await page
      .getByText(
        'The audit focus "图形电镀/蚀刻线" has the highest total (394)',
        {
          exact: false,
        },
      )
      .waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'focus-targets-03-stage2-en');

    await openStage(page, 3);
    await page
      .getByRole('region', { name: 'Balance result' })
      .getByText('The error of 4.70% is within the tolerance of ±5%.')
      .waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'focus-targets-04-stage3-en');
    expect(errors).toEqual([]);
  });
});

import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  freshProfilePerTest,
  pasteText as paste,
  screenshot,
} from './support/browser';

const baseUrl = inject('baseUrl');

const TEAM = '审核小组成员表（工作表 1-1）';
const WORK_PLAN = '审核工作计划表（工作表 1-2）';
const CAUSES = '废弃物产生原因分析表';

// Grid column positions (aria-colindex): 1 is the row number.
const COL = {
  first: 2,
  group: 3,
  A1: 4,
  A2: 5,
  A3: 6,
  A4: 7,
  A5: 8,
  A7: 10,
} as const;

function bodyRows(grid: Locator): Locator {
  return grid.locator('tbody tr');
}

/** What a cell shows; the active cell shows it in its editor. */
async function cellText(row: Locator, col: number): Promise<string> {
  const cell = row.locator(`[aria-colindex="${col}"]`);
  const input = cell.locator('input');
  if ((await input.count()) > 0) return input.inputValue();
  return (await cell.textContent()) ?? '';
}

function footerCount(grid: Locator, col: number): Promise<string | null> {
  return grid.locator(`tfoot td[aria-colindex="${col}"]`).textContent();
}

async function openDemoCauses(page: Page): Promise<Locator> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: '打开示例审核' }).first().click();
  await page.getByRole('heading', { name: /强制性清洁生产审核/ }).waitFor();
  await page.getByRole('link', { name: '3. 评估', exact: true }).click();
  const causes = page.getByRole('grid', { name: CAUSES });
  await causes.getByText('VOCs / 阻焊印刷').waitFor();
  return causes;
}

async function openStage(page: Page, name: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: '审核阶段' })
    .getByRole('link', { name })
    .click();
}

describe('stage 1 tables and the stage 3 cause analysis in Chromium', () => {
  const openBrowser = freshProfilePerTest();

  it('adds a team member and a ticked waste cause by keyboard and keeps both across reload', async () => {
    const { page, errors } = await openBrowser();
    await page.goto(baseUrl);

    await page.getByRole('button', { name: '打开示例审核' }).first().click();
    await page.getByRole('heading', { name: /强制性清洁生产审核/ }).waitFor();
    await page
      .getByRole('link', { name: '1. 筹划和组织', exact: true })
      .click();
    await page.getByRole('heading', { name: '1. 筹划和组织' }).waitFor();

    const team = page.getByRole('grid', { name: TEAM });
    await team.getByText('陈立新').waitFor();
    await expect(bodyRows(team).count()).resolves.toBe(8);
    await page.getByText('领导小组 3 人，工作小组 5 人，共 8 人。').waitFor();
    const plan = page.getByRole('grid', { name: WORK_PLAN });
    await plan.getByText('编写中期审核报告').waitFor();
    await expect(bodyRows(plan).count()).resolves.toBe(9);

    await team.getByText('王五').click();
    await page.keyboard.press('Control+Enter');
    await bodyRows(team).nth(8).waitFor();
    await page.keyboard.type('吴十');
    await page.keyboard.press('Tab');
    await page.keyboard.type('领');
    await page.keyboard.press('Tab');
    await page.keyboard.type('成员');
    await page.keyboard.press('Tab');
    await page.keyboard.type('行政部经理');
    await page.keyboard.press('Enter');
    await page
      .locator('#section-team')
      .getByText(/^已保存/)
      .waitFor();
    await page.getByText('领导小组 4 人，工作小组 5 人，共 9 人。').waitFor();
    const added = bodyRows(team).nth(8);
    await expect(cellText(added, COL.first)).resolves.toBe('吴十');
    await expect(cellText(added, COL.group)).resolves.toBe('领导小组');
    await screenshot(page, 'stage1-01-team-plan-training');

    await openStage(page, /^3\. 评估/);
    const causes = page.getByRole('grid', { name: CAUSES });
    await causes.getByText('硫酸雾 / 电镀线槽边').waitFor();
    await expect(footerCount(causes, COL.A2)).resolves.toBe('1');
    await expect(footerCount(causes, COL.A5)).resolves.toBe('0');
    await expect(footerCount(causes, COL.A7)).resolves.toBe('4');

    await causes.getByText('硫酸雾 / 电镀线槽边').click();
    await page.keyboard.press('Control+Enter');
    await bodyRows(causes).nth(8).waitFor();
    const cause = bodyRows(causes).nth(8);
    await page.keyboard.type('废退膜液 / 退膜线');
    await page.keyboard.press('Tab');
    await page.keyboard.type('退膜液凭经验整槽更换，未按膜渣含量控制');
    await page.keyboard.press('Tab');
    // A new row holds the default aspect provisionally and counts it.
    await expect(cellText(cause, COL.A7)).resolves.toBe('(✓)');
    await expect.poll(() => footerCount(causes, COL.A7)).toBe('5');

    await page.keyboard.press('Tab');
    await page.keyboard.type('√');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => footerCount(causes, COL.A2)).toBe('2');
    await expect.poll(() => footerCount(causes, COL.A5)).toBe('1');
    await expect.poll(() => footerCount(causes, COL.A7)).toBe('4');
    await expect(cellText(cause, COL.A2)).resolves.toBe('✓');
    await expect(cellText(cause, COL.A7)).resolves.toBe('');
    await page
      .locator('#section-wasteCauses')
      .getByText(/^已保存/)
      .waitFor();
    await screenshot(page, 'stage3-01-unit-operations-and-causes');

    await page.reload();
    const reloaded = page.getByRole('grid', { name: CAUSES });
    await reloaded.getByText('废退膜液 / 退膜线').waitFor();
    const kept = bodyRows(reloaded).nth(8);
    await expect(cellText(kept, COL.A2)).resolves.toBe('✓');
    await expect(cellText(kept, COL.A5)).resolves.toBe('✓');
    await expect(cellText(kept, COL.A7)).resolves.toBe('');
    await expect(footerCount(reloaded, COL.A2)).resolves.toBe('2');

    await openStage(page, /^1\. 筹划和组织/);
    const teamAgain = page.getByRole('grid', { name: TEAM });
    await teamAgain.getByText('吴十').waitFor();
    const member = bodyRows(teamAgain).nth(8);
    await expect(cellText(member, COL.group)).resolves.toBe('领导小组');
    await expect(cellText(member, 5)).resolves.toBe('行政部经理');
    expect(errors).toEqual([]);
  });

  it('pastes a block of Excel ticks over a cause and as a new cause without losing a tick', async () => {
    const { page, errors } = await openBrowser();
    const causes = await openDemoCauses(page);
    const voc = bodyRows(causes).nth(6);
    await expect(cellText(voc, COL.A1)).resolves.toBe('✓');

    // Row 7 (VOCs) has A1 only; the block ticks A2, A3 and A5 and leaves
    // A4 blank. The next line of the block becomes a new cause.
    await voc.locator(`[aria-colindex="${COL.A2}"]`).click();
    await paste(page, '√\t√\t\t是\r\n');
    await expect.poll(() => footerCount(causes, COL.A3)).toBe('5');
    await expect(cellText(voc, COL.A1)).resolves.toBe('✓');
    await expect(cellText(voc, COL.A2)).resolves.toBe('✓');
    await expect(cellText(voc, COL.A3)).resolves.toBe('✓');
    await expect(cellText(voc, COL.A4)).resolves.toBe('');
    await expect(cellText(voc, COL.A5)).resolves.toBe('✓');

    await bodyRows(causes)
      .nth(7)
      .locator(`[aria-colindex="${COL.first}"]`)
      .click();
    await paste(
      page,
      '电耗 / 空压系统\t空压机房无人值守\r\n废显影液 / 显影线\t显影液按固定周期整槽更换\t\t\t\t1\t\t\t√\t\r\n',
    );
    await causes.getByText('废显影液 / 显影线').waitFor();
    const pasted = bodyRows(causes).nth(8);
    await expect(cellText(pasted, COL.A4)).resolves.toBe('✓');
    await expect(cellText(pasted, COL.A7)).resolves.toBe('✓');
    await expect(cellText(pasted, COL.A1)).resolves.toBe('');
    await expect.poll(() => footerCount(causes, COL.A4)).toBe('4');
    await expect.poll(() => footerCount(causes, COL.A7)).toBe('5');
    expect(errors).toEqual([]);
  });

  it('keeps the last aspect of a cause and says why when its tick is cleared', async () => {
    const { page, errors } = await openBrowser();
    const causes = await openDemoCauses(page);
    const voc = bodyRows(causes).nth(6);

    await voc.locator(`[aria-colindex="${COL.A1}"]`).click();
    await page.keyboard.press('Delete');
    await page
      .getByText('每条原因至少要保留一个方面。', { exact: false })
      .waitFor();
    await page.locator('#section-wasteCauses').getByText('保存失败').waitFor();
    await screenshot(page, 'stage3-02-last-aspect-kept');

    await page.reload();
    const reloaded = page.getByRole('grid', { name: CAUSES });
    await reloaded.getByText('VOCs / 阻焊印刷').waitFor();
    await expect(cellText(bodyRows(reloaded).nth(6), COL.A1)).resolves.toBe(
      '✓',
    );
    expect(errors).toEqual([]);
  });
});

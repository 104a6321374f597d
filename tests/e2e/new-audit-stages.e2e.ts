import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  freshProfilePerTest,
  openStage,
  pasteText,
  screenshot,
} from './support/browser';
import {
  addRow,
  cell,
  grid,
  shown,
  typeAndTab,
  waitForShown,
} from './support/grid';

const baseUrl = inject('baseUrl');

const TITLE = '2026 年度强制性清洁生产审核';

/** Types a row of values into the active cell and the ones after it. */
async function typeRow(page: Page, values: readonly string[]) {
  for (const [index, value] of values.entries()) {
    await page.keyboard.type(value);
    await page.keyboard.press(index === values.length - 1 ? 'Enter' : 'Tab');
  }
}

describe('stages 1 to 3 of a mandatory audit made in the wizard, in Chromium', () => {
  const openBrowser = freshProfilePerTest();

  it('fills team, plan, three-year energy, focus, targets, a balance and causes, and keeps them all across a reload', async () => {
    const { page, errors } = await openBrowser();
    await page.goto(baseUrl);

    // The wizard: a wrong check character first, then the right code.
    await page.getByRole('button', { name: '新建审核' }).first().click();
    await page.getByLabel('企业名称').fill('佛山市顺德区美琪五金制品有限公司');
    await page.getByLabel('统一社会信用代码').fill('91440604MA4UQ8KD30');
    await page.getByLabel('所在地市').selectOption('440600');
    await page.getByLabel('行业大类（GB/T 4754）').selectOption('33');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('校验位不符', { exact: false }).waitFor();
    await page.getByLabel('统一社会信用代码').fill('91440604MA4UQ8KD3F');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('审核名称').fill(TITLE);
    await page.getByLabel('强制性审核').check();
    await page.getByLabel('使用有毒有害原料').check();
    await page.getByLabel('名单公布日期').fill('2026-03-16');
    await page.getByRole('button', { name: '创建审核' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();

    // Stage 1: a team member by keyboard, a later deadline in the plan.
    await openStage(page, 1);
    const team = grid(page, '审核小组成员表（工作表 1-1）');
    await addRow(page, 'team');
    await cell(team, 0, 0).click();
    await typeRow(page, ['何俊', '领', '组长', '总经理']);
    await waitForShown(cell(team, 0, 0), '何俊');
    const plan = grid(page, '审核工作计划表（工作表 1-2）');
    await cell(plan, 0, 2).click();
    await typeRow(page, ['2026-04-30']);
    await waitForShown(cell(plan, 0, 2), '2026-04-30');
    await screenshot(page, 'new-audit-01-stage1');

    // Stage 2: electricity for three years pasted as one block.
    await openStage(page, 2);
    const consumption = grid(page, '主要原辅材料、能源和水消耗');
    await addRow(page, 'consumption');
    await cell(consumption, 0, 0).click();
    await typeAndTab(page, '能源');
    await typeAndTab(page, '电力');
    await typeAndTab(page, '万kWh');
    await typeAndTab(page, '电力');
    await pasteText(page, '120\t118\t110\r\n');
    await waitForShown(cell(consumption, 0, 6), '110');
    // 1,100,000 kWh × 0.1229 kgce/kWh = 135.19 tce in the base year.
    const tce = page
      .getByRole('table', { name: '综合能耗' })
      .getByRole('row', { name: /^综合能耗（tce）/ })
      .getByRole('cell')
      .nth(2);
    await expect.poll(() => tce.textContent()).toBe('135.19');

    // Two candidate focuses, scored; the higher total ranks first.
    const candidates = grid(page, '备选审核重点情况汇总');
    await addRow(page, 'focusScoring');
    await cell(candidates, 0, 0).click();
    await typeRow(page, ['酸洗线']);
    await waitForShown(cell(candidates, 0, 0), '酸洗线');
    await addRow(page, 'focusScoring');
    await cell(candidates, 1, 0).click();
    await typeRow(page, ['抛光车间']);
    const scores = grid(page, '审核重点评分（权重总和计分排序法）');
    await waitForShown(cell(scores, 1, 0), '抛光车间');
    await cell(scores, 0, 1).click();
    await pasteText(page, '9\t8\t9\t8\t7\t6\t5\r\n5\t6\t5\t4\t6\t5\t4\r\n');
    await waitForShown(cell(scores, 0, 9), '1');
    await waitForShown(cell(scores, 1, 9), '2');

    const targets = grid(page, '清洁生产目标一览表');
    await addRow(page, 'targets');
    await cell(targets, 0, 0).click();
    await typeAndTab(page, '单位产品耗电量');
    await typeAndTab(page, 'kWh/件');
    await typeAndTab(page, '0.55');
    await typeRow(page, ['0.50']);
    await waitForShown(cell(targets, 0, 3), '0.5');
    await screenshot(page, 'new-audit-02-stage2');

    // Stage 3: a water balance 7 % out, and a cause with its aspects.
    await openStage(page, 3);
    const studies = grid(page, '平衡测算');
    await addRow(page, 'balance');
    await cell(studies, 0, 0).click();
    await typeAndTab(page, '酸洗线水平衡');
    await typeAndTab(page, '水');
    await typeAndTab(page, '酸洗线');
    await typeAndTab(page, '2026-05 实测');
    await typeRow(page, ['3']);
    const streams = grid(page, '物流表：酸洗线水平衡');
    await streams.waitFor();
    await addRow(page, 'balance-streams');
    await cell(streams, 0, 0).click();
    await typeAndTab(page, '自来水');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await typeAndTab(page, '水');
    await typeRow(page, ['1000', 't']);
    // The next stream takes this one's unit, so it must be saved first.
    await waitForShown(cell(streams, 0, 4), '1,000');
    await waitForShown(cell(streams, 0, 5), 't');
    await addRow(page, 'balance-streams');
    await cell(streams, 1, 0).click();
    await typeAndTab(page, '漂洗废水');
    await typeAndTab(page, '输出');
    await typeAndTab(page, '废弃物');
    await page.keyboard.press('Tab');
    await typeRow(page, ['930']);
    await waitForShown(cell(streams, 1, 4), '930');
    await page
      .getByRole('region', { name: '平衡结果' })
      .getByText('误差 7.00% 超过允许的 ±5%', { exact: false })
      .waitFor();

    const causes = grid(page, '废弃物产生原因分析表');
    await addRow(page, 'wasteCauses');
    await cell(causes, 0, 0).click();
    await typeAndTab(page, '废酸 / 酸洗槽');
    // The first aspect column after the description is A1 (原辅材料和能源).
    await typeAndTab(page, '凭经验整槽更换，未按铁离子浓度控制');
    await typeRow(page, ['√']);
    await waitForShown(cell(causes, 0, 2), '✓');
    await screenshot(page, 'new-audit-03-stage3');

    // Everything is still there after a reload.
    await page.reload();
    await openStage(page, 3);
    await waitForShown(
      cell(grid(page, '废弃物产生原因分析表'), 0, 0),
      '废酸 / 酸洗槽',
    );
    await expect(
      shown(cell(grid(page, '废弃物产生原因分析表'), 0, 2)),
    ).resolves.toBe('✓');
    await waitForShown(cell(grid(page, '平衡测算'), 0, 0), '酸洗线水平衡');
    await expect(shown(cell(grid(page, '平衡测算'), 0, 6))).resolves.toBe(
      '7.00',
    );
    await openStage(page, 2);
    await waitForShown(
      cell(grid(page, '主要原辅材料、能源和水消耗'), 0, 4),
      '120',
    );
    await expect.poll(() => tce.textContent()).toBe('135.19');
    await waitForShown(
      cell(grid(page, '审核重点评分（权重总和计分排序法）'), 0, 9),
      '1',
    );
    await waitForShown(
      cell(grid(page, '清洁生产目标一览表'), 0, 0),
      '单位产品耗电量',
    );
    await openStage(page, 1);
    await waitForShown(
      cell(grid(page, '审核小组成员表（工作表 1-1）'), 0, 0),
      '何俊',
    );
    await waitForShown(
      cell(grid(page, '审核工作计划表（工作表 1-2）'), 0, 2),
      '2026-04-30',
    );
    expect(errors).toEqual([]);
  });
});

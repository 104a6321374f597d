import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshProfilePerTest, pasteText, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');

/** Creates a voluntary audit for a metal-products company through the wizard. */
async function createAudit(page: Page): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: '新建审核' }).first().click();
  await page.getByLabel('企业名称').fill('佛山市顺德区美琪五金制品有限公司');
  await page.getByLabel('统一社会信用代码').fill('91440604MA4UQ8KD3F');
  await page.getByLabel('所在地市').selectOption('440600');
  await page.getByLabel('行业大类（GB/T 4754）').selectOption('33');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('审核名称').fill('2026 年度自愿性清洁生产审核');
  await page.getByRole('button', { name: '创建审核' }).click();
  await page
    .getByRole('heading', { name: '2026 年度自愿性清洁生产审核' })
    .waitFor();
}

async function addOption(
  page: Page,
  name: string,
  aspect: string,
  investment: string,
): Promise<void> {
  await page.getByRole('button', { name: '添加方案…' }).click();
  const dialog = page.getByRole('dialog', { name: '添加方案' });
  await dialog.getByLabel('方案名称').fill(name);
  await dialog.getByLabel('方案类型').selectOption(aspect);
  await dialog.getByLabel('投资（万元，可稍后填写）').fill(investment);
  await dialog.getByRole('button', { name: '添加', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Types into a labelled number or text field and leaves it, which saves. */
async function enter(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

async function summaryFigure(
  page: Page,
  row: string,
  column: 1 | 2,
): Promise<string> {
  const cell = page
    .getByTestId('summary-table')
    .locator(`tr[data-row="${row}"] td`)
    .nth(column - 1);
  return (await cell.textContent()) ?? '';
}

describe('options from proposal to implementation in Chromium', () => {
  const openBrowser = freshProfilePerTest();

  it('adds options of several aspects, screens, studies and implements one, and the overview totals follow', async () => {
    const { page, errors } = await openBrowser();
    await createAudit(page);
    await page
      .getByText('录入方案后，这里显示方案数量、投资、经济效益和节能减排量。')
      .waitFor();

    // Stage 4: four options in four aspects. Codes follow the cost class.
    await page.getByRole('link', { name: '4. 方案产生和筛选' }).click();
    await page
      .getByRole('grid', { name: '方案汇总表' })
      .getByText('还没有方案。', { exact: false })
      .waitFor();
    await addOption(page, '建立化学品领用台账', 'A7', '0');
    await addOption(page, '抛光车间照明更换为 LED 灯具', 'A3', '3.5');
    await addOption(page, '酸洗线改为三级逆流漂洗', 'A2', '150');
    await addOption(page, '抛光粉尘回收压块外售', 'A6', '10');
    const register = page.getByRole('grid', { name: '方案汇总表' });
    for (const code of ['F1', 'F2', 'Z1', 'Z2']) {
      await register
        .getByRole('gridcell', { name: code, exact: true })
        .waitFor();
    }
    await expect(register.locator('tfoot').textContent()).resolves.toContain(
      '163.50',
    );

    // Weighted screening of the two mid/high-cost options.
    await page.getByRole('button', { name: '添加常用评价指标' }).click();
    const scores = page.getByRole('grid', {
      name: '中/高费方案权重总和计分排序',
    });
    await scores.getByRole('gridcell', { name: 'Z1', exact: true }).waitFor();
    await scores
      .locator('tbody tr')
      .first()
      .locator('[aria-colindex="4"]')
      .click();
    await pasteText(page, '9\t8\t9\t7\n6\t7\t8\t8');
    await expect
      .poll(() => scores.locator('tbody tr').first().textContent())
      .toMatch(/1$/);
    await screenshot(page, 'options-01-register-and-screening');

    // Z1: ticks all pass, found feasible, then its feasibility study with
    // the domain.md worked example: I = 150, F = 32.5, Y = 10, i = 5 %.
    await register
      .getByRole('gridcell', { name: 'Z1', exact: true })
      .dblclick();
    await page.getByRole('heading', { name: /Z1/ }).waitFor();
    for (const tick of [
      'technical',
      'environmental',
      'economic',
      'ease',
      'productImpact',
    ]) {
      await page.locator(`select[name="tick-${tick}"]`).selectOption('pass');
    }
    await page.getByText('按勾选结果：可行').waitFor();
    await page.getByRole('button', { name: '改为 可行' }).click();
    await page.getByText('当前状态：可行').waitFor();
    await page.getByRole('link', { name: '打开可行性分析' }).click();
    await page.getByRole('button', { name: '开始可行性分析' }).click();
    await page.getByRole('button', { name: '按方案投资和效益填入' }).click();
    await enter(page, '运行费用节省（万元/年）', '32.5');
    await enter(page, '折旧年限 Y（年）', '10');
    await enter(page, '贴现率 i（%）', '5');
    await enter(page, '所得税率 t（%）', '0');
    const results = page.getByTestId('economic-results');
    const row = (name: string) =>
      results.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect
      .poll(() => row('净现值 NPV').textContent())
      .toContain('100.96');
    await expect(
      row('内部收益率 IRR（插值法）').textContent(),
    ).resolves.toContain('17.26%');
    await expect(row('投资偿还期 N').textContent()).resolves.toContain('4.62');
    await page
      .getByLabel('结论理由（报告中引用）')
      .fill('净现值为正，内部收益率高于贷款利率，偿还期短于期望偿还期。');
    await page.locator('select[name="conclusion"]').selectOption('recommended');
    await screenshot(page, 'options-02-feasibility');

    // Back on the option: planned, then implemented with its results.
    // The conclusion moved the option on; its page says so.
    await page.getByRole('link', { name: 'Z1', exact: true }).click();
    await page.getByText('当前状态：推荐实施').waitFor();
    await page.getByRole('button', { name: '改为 计划实施' }).click();
    await page.getByRole('button', { name: '改为 已实施' }).click();
    await page.getByText('当前状态：已实施').waitFor();
    await enter(page, '实际投资（万元）', '142');
    await enter(page, '实际经济效益（万元/年）', '30');
    await screenshot(page, 'options-03-implemented');

    // The overview's 绩效表 now shows the implemented option.
    await page
      .getByRole('link', { name: '2026 年度自愿性清洁生产审核' })
      .click();
    await page.getByTestId('summary-counts').waitFor();
    await expect(
      page.getByTestId('summary-counts').textContent(),
    ).resolves.toContain('已实施 1 项');
    await expect(summaryFigure(page, 'investment', 1)).resolves.toBe('163.50');
    await expect(summaryFigure(page, 'investment', 2)).resolves.toBe('142.00');
    await expect(summaryFigure(page, 'benefit', 2)).resolves.toBe('30.00');
    await screenshot(page, 'options-04-overview-totals');

    // A lower low-cost limit makes the 3.5 万元 LED option mid-cost; its
    // code stays F2 until the consultant renumbers.
    await page.getByRole('link', { name: '4. 方案产生和筛选' }).click();
    await page.getByText(/本审核的核算口径/).click();
    // A low-cost limit above the mid-cost one is refused and nothing changes.
    await enter(page, '低费上限（万元，不含）', '60');
    await page
      .getByText('低费上限必须大于 0 且小于中费上限，未保存。请修改后再试。')
      .waitFor();
    await page.getByText(/低费 < 5 万元/).waitFor();
    await enter(page, '低费上限（万元，不含）', '3');
    await expect
      .poll(() =>
        page.getByRole('alert').filter({ hasText: '低费上限' }).count(),
      )
      .toBe(0);
    const led = register.getByRole('row', { name: /抛光车间照明/ });
    await expect.poll(() => led.textContent()).toContain('中费');
    await expect(led.textContent()).resolves.toContain('F2');
    await page.getByRole('button', { name: '按费用类别重新编号' }).click();
    await expect.poll(() => led.textContent()).toMatch(/Z\d/);

    // The audit counts electricity at its equivalent value from now on.
    await page
      .locator('select[name="electricityBasis"]')
      .selectOption('equivalent');
    await page.getByText(/电力按等价值/).waitFor();
    await screenshot(page, 'options-05-accounting');
    expect(errors).toEqual([]);
  });
});

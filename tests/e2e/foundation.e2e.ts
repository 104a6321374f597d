import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import {
  firstPage,
  launch,
  newProfileDir,
  removeProfileDir,
  screenshot,
} from './support/browser';

const baseUrl = inject('baseUrl');

describe('the app shell in Chromium', () => {
  let context: BrowserContext | null = null;
  let profile = '';

  afterEach(async () => {
    await context?.close();
    context = null;
    if (profile) removeProfileDir(profile);
  });

  it('keeps a created and renamed audit across reload and browser restart', async () => {
    profile = newProfileDir();
    context = await launch(profile);
    const { page, errors } = await firstPage(context);
    await page.goto(baseUrl);

    await page.getByRole('heading', { name: '还没有审核项目' }).waitFor();
    await screenshot(page, 'foundation-01-empty-list');

    await page.getByRole('button', { name: '新建审核' }).first().click();
    await page.getByRole('heading', { name: '新建审核项目' }).waitFor();
    await page.getByLabel('企业名称').fill('佛山市顺德区美琪五金制品有限公司');
    // A wrong check character first: the wizard says what the 18th should be.
    await page.getByLabel('统一社会信用代码').fill('91440604MA4UQ8KD30');
    await page.getByLabel('所在地市').selectOption('440600');
    await page.getByLabel('行业大类（GB/T 4754）').selectOption('33');
    await page.getByRole('button', { name: '下一步' }).click();
    await page
      .getByText('校验位不符：按前 17 位计算，第 18 位应为“F”')
      .waitFor();
    await screenshot(page, 'foundation-02-wizard-bad-credit-code');
    await page.getByLabel('统一社会信用代码').fill('91440604MA4UQ8KD3F');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByLabel('审核名称').fill('2026 年度自愿性清洁生产审核');
    await page.getByLabel('强制性审核').check();
    await page.getByRole('button', { name: '创建审核' }).click();
    await page.getByText('强制性审核至少选择一项依据。').waitFor();
    await page.getByLabel('使用有毒有害原料').check();
    await page.getByLabel('名单公布日期').fill('2026-03-16');
    await page.getByText('2027-03-16').waitFor();
    await screenshot(page, 'foundation-03-wizard-audit-step');
    await page.getByRole('button', { name: '创建审核' }).click();

    await page
      .getByRole('heading', { name: '2026 年度自愿性清洁生产审核' })
      .waitFor();
    await page.getByText('佛山市顺德区美琪五金制品有限公司').first().waitFor();
    await screenshot(page, 'foundation-03b-overview');

    await page.getByRole('link', { name: '审核项目' }).first().click();
    const row = page.getByRole('row', { name: /2026 年度自愿性清洁生产审核/ });
    await row.getByRole('button', { name: '重命名' }).click();
    await page
      .getByRole('dialog')
      .getByLabel('审核名称')
      .fill('美琪五金 2026 年度审核');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: '保存' })
      .click();
    await page.getByRole('link', { name: '美琪五金 2026 年度审核' }).waitFor();

    await page.reload();
    await page.getByRole('link', { name: '美琪五金 2026 年度审核' }).waitFor();

    await context.close();
    context = await launch(profile);
    const relaunched = await firstPage(context);
    await relaunched.page.goto(baseUrl);
    await relaunched.page
      .getByRole('link', { name: '美琪五金 2026 年度审核' })
      .waitFor();
    await screenshot(relaunched.page, 'foundation-04-after-relaunch');
    expect([...errors, ...relaunched.errors]).toEqual([]);
  });

  it('switches the interface to English and back, and remembers the choice', async () => {
    profile = newProfileDir();
    context = await launch(profile);
    const { page, errors } = await firstPage(context);
    await page.goto(baseUrl);
    await page
      .getByRole('heading', { name: '审核项目', exact: true })
      .waitFor();

    await page.getByLabel('界面语言').selectOption('en');
    await page.getByRole('heading', { name: 'Audits', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Settings' }).waitFor();
    await screenshot(page, 'foundation-05-english');

    await page.reload();
    await page.getByRole('heading', { name: 'Audits', exact: true }).waitFor();

    await page.getByLabel('Language').selectOption('zh-CN');
    await page
      .getByRole('heading', { name: '审核项目', exact: true })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('opens the demo audit once, deletes it and brings it back with undo', async () => {
    profile = newProfileDir();
    context = await launch(profile);
    const { page, errors } = await firstPage(context);
    await page.goto(baseUrl);

    await page.getByRole('button', { name: '打开示例审核' }).first().click();
    await page.getByRole('heading', { name: /强制性清洁生产审核/ }).waitFor();
    await page.getByText('91441900MA4WQ7DK31').waitFor();
    await screenshot(page, 'foundation-06-demo-overview');

    await page.getByRole('link', { name: '审核项目' }).first().click();
    await page.getByRole('button', { name: '打开示例审核' }).click();
    await page.getByRole('link', { name: '审核项目' }).first().click();
    await page.getByRole('link', { name: /强制性清洁生产审核/ }).waitFor();
    await expect(page.getByRole('row').count()).resolves.toBe(2);

    const row = page.getByRole('row', { name: /强制性清洁生产审核/ });
    await row.getByRole('button', { name: '删除' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: '删除' })
      .click();
    await page.getByRole('heading', { name: '还没有审核项目' }).waitFor();
    await screenshot(page, 'foundation-07-deleted-with-undo');
    await page.getByRole('button', { name: '撤销' }).click();
    await page.getByRole('link', { name: /强制性清洁生产审核/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('edits settings, refuses a bad number with a message, and keeps good values', async () => {
    profile = newProfileDir();
    context = await launch(profile);
    const { page, errors } = await firstPage(context);
    await page.goto(`${baseUrl}#/settings`);
    await page.getByRole('heading', { name: '设置' }).waitFor();

    await page.getByLabel('贴现率（%）').fill('abc');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('请输入数字。').waitFor();

    await page.getByLabel('贴现率（%）').fill('4.35');
    await page.getByLabel('机构名称').fill('广州绿源清洁生产技术服务有限公司');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('设置已保存').waitFor();
    await screenshot(page, 'foundation-08-settings');

    await page.reload();
    await expect(page.getByLabel('贴现率（%）').inputValue()).resolves.toBe(
      '4.35',
    );
    await expect(page.getByLabel('机构名称').inputValue()).resolves.toBe(
      '广州绿源清洁生产技术服务有限公司',
    );
    expect(errors).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import * as browser from './support/browser';

const baseUrl = inject('baseUrl');
const PHOTO = '车间现场.png';

/** A small real PNG, drawn by the browser itself. */
async function drawnPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 200;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#2e7d32';
    g.fillRect(0, 0, 320, 200);
    g.fillStyle = '#ffeb3b';
    g.fillRect(40, 40, 120, 80);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  return Buffer.from(base64, 'base64');
}

/** The photo's thumbnail has loaded real pixels. */
async function seePhoto(page: Page): Promise<void> {
  const image = page.getByRole('img', { name: PHOTO });
  await image.waitFor();
  await page.waitForFunction((name) => {
    const img = document.querySelector<HTMLImageElement>(`img[alt="${name}"]`);
    return img !== null && img.complete && img.naturalWidth === 320;
  }, PHOTO);
}

describe('filing packages in Chromium', () => {
  const contexts: BrowserContext[] = [];
  const profiles: string[] = [];

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    for (const profile of profiles.splice(0)) browser.removeProfileDir(profile);
  });

  async function fresh(): Promise<{ page: Page; errors: string[] }> {
    const profile = browser.newProfileDir();
    profiles.push(profile);
    const context = await browser.launch(profile);
    contexts.push(context);
    return browser.firstPage(context);
  }

  it('carries a photo attached on one machine to a fresh profile through an exported package', async () => {
    const here = await fresh();
    const { page } = here;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: '打开示例审核' }).first().click();
    await page.getByRole('heading', { name: /强制性清洁生产审核/ }).waitFor();
    // The demo opens on its overview; its address names the audit.
    const overviewUrl = page.url();
    const stageUrl = `${overviewUrl}/stage/1`;

    await page.goto(stageUrl);
    await page.getByRole('heading', { name: '佐证材料' }).waitFor();
    await page.getByTestId('evidence-input').setInputFiles({
      name: PHOTO,
      mimeType: 'image/png',
      buffer: await drawnPng(page),
    });
    await seePhoto(page);
    await browser.screenshot(page, 'packages-01-evidence-on-step');

    await page.goto(overviewUrl);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出审核包' }).click();
    const download = await downloading;
    const saved = await download.path();
    await page.getByText('已导出', { exact: true }).waitFor();
    await browser.screenshot(page, 'packages-02-outbox');
    expect(download.suggestedFilename()).toMatch(/\.cpaudit$/);
    expect(here.errors).toEqual([]);

    const there = await fresh();
    await there.page.goto(baseUrl);
    await there.page.getByRole('heading', { name: '还没有审核项目' }).waitFor();

    // A damaged copy first: refused with a reason, nothing imported.
    const bytes = readFileSync(saved);
    await there.page.getByTestId('import-package-input').setInputFiles({
      name: 'damaged.cpaudit',
      mimeType: 'application/zip',
      buffer: bytes.subarray(0, bytes.length - 40),
    });
    const refused = there.page.getByRole('dialog', {
      name: '无法导入这个审核包',
    });
    await refused.getByText(/审核包不完整/).waitFor();
    await browser.screenshot(there.page, 'packages-03-refused');
    await refused.getByRole('button', { name: '关闭' }).click();

    await there.page.getByTestId('import-package-input').setInputFiles(saved);
    const preview = there.page.getByRole('dialog', { name: '导入审核包' });
    await preview.getByTestId('import-counts').waitFor();
    await expect(
      preview.getByTestId('import-counts').textContent(),
    ).resolves.toMatch(/^新增 \d+ 条，更新 0 条，冲突 0 条/);
    await browser.screenshot(there.page, 'packages-04-import-preview');
    await preview.getByRole('button', { name: '导入' }).click();
    await there.page
      .getByRole('heading', { name: /强制性清洁生产审核/ })
      .waitFor();

    await there.page.goto(stageUrl);
    await seePhoto(there.page);
    await browser.screenshot(there.page, 'packages-05-photo-after-import');

    // The same package again finds nothing to do.
    await there.page.goto(baseUrl);
    await there.page.getByTestId('import-package-input').setInputFiles(saved);
    await preview
      .getByText('审核包中的内容与本机完全一致，无需导入。')
      .waitFor();
    await preview.getByRole('button', { name: '取消' }).click();
    expect(there.errors).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { REPORT_FOLDER } from '../../shared/package/format';
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

/** The photo shows as a thumbnail drawn from its real pixels (280 px wide). */
async function seePhoto(page: Page): Promise<void> {
  const image = page.getByRole('img', { name: PHOTO });
  await image.waitFor();
  await page.waitForFunction((name) => {
    const img = document.querySelector<HTMLImageElement>(`img[alt="${name}"]`);
    return img !== null && img.complete && img.naturalWidth === 280;
  }, PHOTO);
}

/**
 * Renames the first team member straight in the app's database, one
 * revision up, as an edit in the table would; the grid's own editing is
 * covered by the stage tests.
 */
async function renameFirstMember(page: Page, name: string): Promise<void> {
  await page.evaluate(
    async (newName) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cp-audit-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('teamMembers', 'readwrite');
          const store = tx.objectStore('teamMembers');
          const all = store.getAll();
          all.onsuccess = () => {
            const rows = all.result as {
              sortIndex: number;
              revision: number;
            }[];
            const first = rows.sort((a, b) => a.sortIndex - b.sortIndex)[0]!;
            store.put({
              ...first,
              name: newName,
              revision: first.revision + 1,
              updatedAt: new Date().toISOString(),
            });
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    name,
  );
}

/** Opens the demo, exports it, and returns the package file. */
async function exportedDemo(page: Page): Promise<string> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: '打开示例审核' }).first().click();
  await page.getByRole('heading', { name: /强制性清洁生产审核/ }).waitFor();
  return exportFromOverview(page);
}

async function exportFromOverview(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出审核包' }).click();
  return (await downloading).path();
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
    // The step's own evidence card (the training table has one further down).
    await page
      .getByRole('article', { name: '佐证材料' })
      .getByTestId('evidence-input')
      .setInputFiles({
        name: PHOTO,
        mimeType: 'image/png',
        buffer: await drawnPng(page),
      });
    await seePhoto(page);

    // A screenshot pasted into the panel and a document dropped on it.
    await page.evaluate(() => {
      const zone = document.querySelector('.evidence-drop')!;
      const pasted = new DataTransfer();
      pasted.items.add(new File(['png'], 'clip.png', { type: 'image/png' }));
      zone.dispatchEvent(
        new ClipboardEvent('paste', {
          clipboardData: pasted,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    await page.getByText('clip.png').waitFor();
    await page.evaluate(() => {
      const zone = document.querySelector('.evidence-drop')!;
      const dropped = new DataTransfer();
      const pdf = new File(['%PDF-1.7'], '签到表.pdf', {
        type: 'application/pdf',
      });
      dropped.items.add(pdf);
      zone.dispatchEvent(
        new DragEvent('drop', {
          dataTransfer: dropped,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    await page.getByText('签到表.pdf').waitFor();
    await browser.screenshot(page, 'packages-01-evidence-on-step');

    await page.goto(overviewUrl);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出审核包' }).click();
    const download = await downloading;
    const saved = await download.path();
    await page.getByText('已导出', { exact: true }).waitFor();
    await browser.screenshot(page, 'packages-02-outbox');
    expect(download.suggestedFilename()).toMatch(/\.cpaudit$/);
    // The report files travel with the records: the PDF and both sheets.
    const reportFiles = Object.keys(unzipSync(readFileSync(saved)))
      .filter((name) => name.startsWith(REPORT_FOLDER))
      .map((name) => name.slice(name.lastIndexOf('.')))
      .sort();
    expect(reportFiles).toEqual(['.pdf', '.xlsx', '.xlsx']);
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
  it('offers keep both by default for a record both machines changed, and keeps both', async () => {
    const here = await fresh();
    const first = await exportedDemo(here.page);
    const overviewUrl = here.page.url();
    await renameFirstMember(here.page, '张三（本机）');

    const there = await fresh();
    await there.page.goto(baseUrl);
    await there.page.getByTestId('import-package-input').setInputFiles(first);
    await there.page
      .getByRole('dialog', { name: '导入审核包' })
      .getByRole('button', { name: '导入' })
      .click();
    await there.page
      .getByRole('heading', { name: /强制性清洁生产审核/ })
      .waitFor();
    await renameFirstMember(there.page, '张三（对方）');
    await there.page.reload();
    const theirs = await exportFromOverview(there.page);

    await here.page.goto(baseUrl);
    await here.page.getByTestId('import-package-input').setInputFiles(theirs);
    const preview = here.page.getByRole('dialog', { name: '导入审核包' });
    await preview.getByText('本机：张三（本机）').waitFor();
    await preview.getByText('审核包：张三（对方）').waitFor();
    const choice = preview.getByRole('combobox', { name: /张三（本机）/ });
    await choice.waitFor();
    await expect(choice.inputValue()).resolves.toBe('both');
    await expect(choice.locator('option').allTextContents()).resolves.toEqual([
      '两份都保留',
      '保留本机',
      '采用审核包',
    ]);
    await browser.screenshot(here.page, 'packages-06-conflict-choice');
    await preview.getByRole('button', { name: '导入' }).click();
    await here.page
      .getByText('已导入“2026 年度强制性清洁生产审核（第二轮）”')
      .waitFor();

    await here.page.goto(`${overviewUrl}/stage/1`);
    await here.page
      .getByText('领导小组 4 人，工作小组 5 人，共 9 人。')
      .waitFor();
    await browser.screenshot(here.page, 'packages-07-both-kept');
    expect(here.errors).toEqual([]);
    expect(there.errors).toEqual([]);
  });
});

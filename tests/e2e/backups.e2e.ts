import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshProfilePerTest, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const auditName = /强制性清洁生产审核/;

async function openSettings(page: Page) {
  await page.goto(`${baseUrl}#/settings`);
  await page.getByRole('group', { name: '备份' }).waitFor();
}

async function restoreFrom(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份文件恢复…' }).click();
  await (await chooser).setFiles(file);
}

describe('backups in the web host (Chromium)', () => {
  const start = freshProfilePerTest();

  /** A fresh profile holding the demo audit. */
  async function withDemo() {
    const session = await start();
    await session.page.goto(baseUrl);
    await session.page
      .getByRole('button', { name: '打开示例审核' })
      .first()
      .click();
    await session.page.getByRole('heading', { name: auditName }).waitFor();
    return session;
  }

  it('downloads a backup, and restoring it brings back a deleted audit', async () => {
    const { page, errors } = await withDemo();
    await openSettings(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载备份文件' }).click();
    const saved = mkdtempSync(path.join(tmpdir(), 'cpaw-e2e-backup-'));
    const backup = path.join(saved, (await download).suggestedFilename());
    await (await download).saveAs(backup);
    expect(path.basename(backup)).toMatch(
      /^cpaw-backup-\d{8}-\d{6}-\d{3}\.zip$/,
    );

    await page.getByRole('link', { name: '审核项目' }).first().click();
    const row = page.getByRole('row', { name: auditName });
    await row.getByRole('button', { name: '删除' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: '删除' })
      .click();
    await page.getByRole('heading', { name: '还没有审核项目' }).waitFor();

    await openSettings(page);
    await restoreFrom(page, backup);
    const dialog = page.getByRole('dialog', { name: '恢复备份' });
    await dialog.getByText(auditName).waitFor();
    await screenshot(page, 'backups-01-restore-preview');
    const safetyCopy = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '恢复' }).click();
    expect((await safetyCopy).suggestedFilename()).toMatch(/^cpaw-backup-/);
    await page.getByText(/已恢复备份/).waitFor();
    await screenshot(page, 'backups-02-restored');

    await page.getByRole('link', { name: '审核项目' }).first().click();
    await page.getByRole('link', { name: auditName }).waitFor();
    expect(readFileSync(backup).subarray(0, 2).toString()).toBe('PK');
    rmSync(saved, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });

  it('refuses a file that is no backup with a message and changes nothing', async () => {
    const { page, errors } = await withDemo();
    await openSettings(page);
    await restoreFrom(page, {
      name: 'notes.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('not a zip at all'),
    });
    await page.getByText(/这不是本程序的备份文件/).waitFor();
    await screenshot(page, 'backups-03-not-a-backup');

    await page.getByRole('link', { name: '审核项目' }).first().click();
    await page.getByRole('link', { name: auditName }).waitFor();
    expect(errors).toEqual([]);
  });
});

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { chromiumArgs as args, chromiumPath } from '../../../scripts/chromium';

export { chromiumPath };

/**
 * Debian's Chromium, headless, with the flags that keep it from dialling out
 * on a machine without internet. Each test gets its own profile folder so
 * IndexedDB survives a relaunch within the test and never leaks between tests.
 */

export const screenshotDir = path.resolve('test-results/screenshots');

export function newProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'cpaw-e2e-'));
}

export function removeProfileDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function launch(
  profileDir: string,
  locale = 'zh-CN',
): Promise<BrowserContext> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: install the Debian package "chromium" or set CHROMIUM_PATH`,
    );
  }
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args,
    locale,
    viewport: { width: 1280, height: 800 },
  });
}

/** The first tab, with uncaught errors and console errors (CSP violations among them) collected. */
export async function firstPage(
  context: BrowserContext,
): Promise<{ page: Page; errors: string[] }> {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({
    path: path.join(screenshotDir, `${name}.png`),
    fullPage: true,
  });
}

/**
 * For a describe block whose tests each start from an empty profile: the
 * returned function opens Chromium on a new profile, and the browser and
 * profile are gone after each test.
 */
export function freshProfilePerTest(): () => Promise<{
  page: Page;
  errors: string[];
  context: BrowserContext;
  /** The profile folder, which also holds a test's downloads. */
  profile: string;
}> {
  let context: BrowserContext | null = null;
  let profile = '';
  afterEach(async () => {
    await context?.close();
    context = null;
    if (profile) removeProfileDir(profile);
    profile = '';
  });
  return async () => {
    profile = newProfileDir();
    const opened = await launch(profile);
    context = opened;
    return { ...(await firstPage(opened)), context: opened, profile };
  };
}

/** Pastes text into the focused element as Excel puts it on the clipboard. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', {
        clipboardData: transfer,
        bubbles: true,
        cancelable: true,
      }),
    );
  }, text);
}

/** Opens the demo audit from the start page and waits for its overview. */
export async function openDemoAudit(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: '打开示例审核' }).first().click();
  await page.getByRole('heading', { name: /强制性清洁生产审核/ }).waitFor();
}

/** Follows a stage link (the overview's progress list or the stage tabs). */
export async function openStage(page: Page, stage: number): Promise<void> {
  await page
    .getByRole('link', { name: new RegExp(`^${stage}\\. `) })
    .first()
    .click();
  await page
    .getByRole('heading', { level: 1, name: new RegExp(`^${stage}\\. `) })
    .waitFor();
}

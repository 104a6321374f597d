import { afterEach } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { firstPage, launch, newProfileDir, removeProfileDir } from './browser';

export type DemoSession = {
  page: Page;
  errors: string[];
  /** The test's own profile folder, removed after the test. */
  profile: string;
};

/**
 * A fresh browser profile per test, closed and removed after it; `openDemo`
 * starts Chromium on the app and opens the demo audit's overview.
 */
export function browserSessions(baseUrl: string) {
  let context: BrowserContext | null = null;
  let profile = '';

  afterEach(async () => {
    await context?.close();
    context = null;
    if (profile) removeProfileDir(profile);
    profile = '';
  });

  return {
    async openDemo(): Promise<DemoSession> {
      profile = newProfileDir();
      context = await launch(profile);
      const { page, errors } = await firstPage(context);
      await page.goto(baseUrl);
      await page.getByRole('button', { name: '打开示例审核' }).first().click();
      await page.getByRole('heading', { name: /强制性清洁生产审核/ }).waitFor();
      return { page, errors, profile };
    },
  };
}

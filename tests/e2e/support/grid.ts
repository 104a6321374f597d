import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A data grid by its exact accessible name (the section's title). */
export function grid(page: Page, name: string): Locator {
  return page.getByRole('grid', { name, exact: true });
}

/** A body cell by its 0-based row and column (the row number excluded). */
export function cell(table: Locator, row: number, col: number): Locator {
  return table.locator(`td[data-row="${row}"][data-col="${col}"]`);
}

/** What a cell shows; the active cell shows it in its idle editor. */
export function shown(target: Locator): Promise<string> {
  return target.evaluate(
    (element) =>
      element.querySelector('input')?.value ?? element.textContent ?? '',
  );
}

/** Types into the active cell and moves on with Tab. */
export async function typeAndTab(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Waits until a cell shows `text`: saving and the live query take a moment. */
export async function waitForShown(target: Locator, text: string) {
  await expect.poll(() => shown(target), { timeout: 5_000 }).toBe(text);
}

/** Adds a row to the section's grid with its "添加行" button. */
export async function addRow(page: Page, sectionKey: string): Promise<void> {
  await page
    .locator(`#section-${sectionKey}`)
    .getByRole('button', { name: '添加行' })
    .click();
}

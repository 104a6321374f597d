import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import path from 'node:path';
import {
  freshProfilePerTest,
  screenshot,
  screenshotDir,
} from './support/browser';

const baseUrl = inject('baseUrl');

const PRODUCTS = '企业历年产品及产量';
const CONSUMPTION = '主要原辅材料、能源和水消耗';

// Consumption columns: category, name, unit, carrier, three years, product,
// use per unit, its unit, three benchmarks, hazardous.
const COL = { unit: 2, year2023: 4, year2025: 6, perUnit: 8, perUnitUnit: 9 };
// The demo has eleven consumption rows; an added one is the twelfth.
const NEW_ROW = 11;
const ELECTRICITY_ROW = 7;

function grid(page: Page, name: string): Locator {
  return page.getByRole('grid', { name, exact: true });
}

/** A body cell by its 0-based row and column (the row number excluded). */
function cell(table: Locator, row: number, col: number): Locator {
  return table.locator(`td[data-row="${row}"][data-col="${col}"]`);
}

/** What a cell shows; the active cell shows it in its idle editor. */
function shown(target: Locator): Promise<string> {
  return target.evaluate(
    (element) =>
      element.querySelector('input')?.value ?? element.textContent ?? '',
  );
}

/** The 综合能耗 figure of the base year (2025) under the consumption grid. */
function baseYearTce(page: Page): Locator {
  return page
    .getByRole('table', { name: '综合能耗' })
    .getByRole('row', { name: /^综合能耗（tce）/ })
    .getByRole('cell')
    .nth(2);
}

async function typeAndTab(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/**
 * Pastes tab-separated text into the focused cell the way a browser does
 * for Ctrl+V: a paste event carrying the clipboard data. Headless Chromium
 * has no system clipboard to read from, so the event is built here.
 */
async function pasteIntoActiveCell(page: Page, text: string) {
  await page.evaluate((data) => {
    const target = document.activeElement;
    if (!target) throw new Error('no focused cell to paste into');
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    target.dispatchEvent(
      new ClipboardEvent('paste', {
        clipboardData: transfer,
        bubbles: true,
        cancelable: true,
      }),
    );
  }, text);
}

const SECTIONS = [
  'products',
  'consumption',
  'equipment',
  'wasteStreams',
  'envFacilities',
  'indicatorComparison',
];

/** One picture per baseline section, at the width the page gives it. */
async function screenshotSections(page: Page, prefix: string) {
  for (const key of SECTIONS) {
    await page.locator(`#section-${key}`).screenshot({
      path: path.join(screenshotDir, `${prefix}-${key}.png`),
    });
  }
}

/** True when the page itself has no horizontal scroll bar. */
function pageFitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.documentElement.scrollWidth <=
      document.documentElement.clientWidth,
  );
}

/** True when a grid is wider than its card and scrolls inside it. */
function scrollsInside(table: Locator): Promise<boolean> {
  return table.evaluate((element) => {
    const scroller = element.closest('.data-grid-scroll');
    return scroller !== null && scroller.scrollWidth > scroller.clientWidth;
  });
}

describe('the stage 2 baseline tables in Chromium', () => {
  const openBrowser = freshProfilePerTest();

  it('sums a pasted three-year energy block into 综合能耗 once its unit converts, and keeps it after reload', async () => {
    const { page, errors } = await openBrowser();
    await page.goto(baseUrl);
    await page.getByRole('button', { name: '打开示例审核' }).first().click();
    await page.getByRole('heading', { name: /强制性清洁生产审核/ }).waitFor();
    await page.getByRole('link', { name: '2. 预评估', exact: true }).click();

    const products = grid(page, PRODUCTS);
    await products.waitFor();
    // Row 2 is 多层板 (columns: name, unit, capacity, 2023, 2024, 2025 …);
    // the first cell is the active one, whose text sits in its editor.
    await expect(cell(products, 1, 0).textContent()).resolves.toBe('多层板');
    await expect(cell(products, 1, 5).textContent()).resolves.toBe('374,000');

    const consumption = grid(page, CONSUMPTION);
    // 电力: 1,850 万kWh over 620,000 m² of board.
    const electricity = (col: number) =>
      cell(consumption, ELECTRICITY_ROW, col);
    await expect(electricity(COL.perUnit).textContent()).resolves.toBe('29.84');
    await expect(electricity(COL.perUnitUnit).textContent()).resolves.toBe(
      'kWh/m²',
    );
    // 18,500,000 kWh × 0.1229 + 420,000 m³ × 1.2143 + 9,600,000 kg × 0.1286.
    await expect(baseYearTce(page).textContent()).resolves.toBe('4,018.22');
    expect(await pageFitsWidth(page)).toBe(true);
    expect(await scrollsInside(consumption)).toBe(true);
    await screenshot(page, 'baseline-01-stage2-demo');
    await screenshotSections(page, 'baseline-01');

    await page
      .locator('#section-consumption')
      .getByRole('button', { name: '添加行' })
      .click();
    await cell(consumption, NEW_ROW, 0).click();
    await typeAndTab(page, '能源');
    await typeAndTab(page, '柴油');
    await typeAndTab(page, 'L');
    await typeAndTab(page, '柴油');
    await pasteIntoActiveCell(page, '12.5\t13\t14.2\r\n');

    const added = (col: number) => cell(consumption, NEW_ROW, col);
    await expect.poll(() => shown(added(COL.year2025))).toBe('14.2');
    await expect(shown(added(COL.year2023))).resolves.toBe('12.5');
    await expect(shown(added(COL.year2023 + 1))).resolves.toBe('13');
    // Litres of diesel do not convert into the kg of the coefficient table.
    await expect(added(COL.unit).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await page.getByText('“柴油”的计量单位“L”无法换算').waitFor();
    await expect(baseYearTce(page).textContent()).resolves.toBe('4,018.22');
    await page.locator('#section-consumption').screenshot({
      path: path.join(screenshotDir, 'baseline-02-unit-flagged.png'),
    });

    await added(COL.unit).click();
    await page.keyboard.type('t');
    await page.keyboard.press('Enter');
    // 14.2 t of diesel is 14,200 kg × 1.4571 kgce/kg = 20.69 tce more.
    await expect.poll(() => baseYearTce(page).textContent()).toBe('4,038.91');
    await expect(
      added(COL.unit).getAttribute('aria-invalid'),
    ).resolves.toBeNull();

    await page.reload();
    await grid(page, CONSUMPTION).waitFor();
    await expect
      .poll(() => shown(cell(grid(page, CONSUMPTION), NEW_ROW, 1)))
      .toBe('柴油');
    await expect(
      shown(cell(grid(page, CONSUMPTION), NEW_ROW, COL.year2025)),
    ).resolves.toBe('14.2');
    await expect(baseYearTce(page).textContent()).resolves.toBe('4,038.91');
    await page.locator('#section-consumption').screenshot({
      path: path.join(
        screenshotDir,
        'baseline-03-consumption-after-reload.png',
      ),
    });
    await grid(page, CONSUMPTION).evaluate((element) => {
      const scroller = element.closest('.data-grid-scroll');
      if (scroller) scroller.scrollLeft = scroller.scrollWidth;
    });
    await page.locator('#section-consumption').screenshot({
      path: path.join(screenshotDir, 'baseline-03b-consumption-right.png'),
    });
    await screenshot(page, 'baseline-04-after-reload');
    expect(errors).toEqual([]);
  });
});

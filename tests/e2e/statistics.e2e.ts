import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  auditSummaryOrNull,
  filterPortfolio,
  portfolioTotals,
} from '../../shared/calc/portfolio';
import {
  demoAudit,
  demoCompany,
  demoSnapshot,
} from '../../shared/demo/demo-audit';
import type { AuditSnapshot } from '../../shared/model/snapshot';
import {
  COEFFICIENT_SETS,
  DEFAULT_ENERGY_ACCOUNTING,
} from '../../shared/reference/coefficients';
import { freshProfilePerTest, screenshot } from './support/browser';
import { putRows } from '../../scripts/seed-database';

const baseUrl = inject('baseUrl');

/**
 * Two more audits beside the demo (Dongguan, 珠三角): an accepted voluntary
 * audit of a Shantou company (东翼) with the demo's options, and a
 * mandatory audit of a Zhanjiang company (西翼) with its first ten options,
 * whose list was published on 2026-01-05 and which has not started.
 */
function extraSnapshots(): AuditSnapshot[] {
  const demo = demoSnapshot();
  const copy = (
    id: string,
    company: AuditSnapshot['company'],
    audit: Partial<AuditSnapshot['audit']>,
    optionCount: number,
  ): AuditSnapshot => ({
    ...demo,
    stageSteps: [],
    feasibilityStudies: [],
    company,
    audit: demoAudit({ id, companyId: company.id, ...audit }),
    options: demo.options.slice(0, optionCount).map((option) => ({
      ...option,
      id: `${id}-${option.id}`,
      auditId: id,
    })),
  });
  return [
    copy(
      'e2e-shantou',
      demoCompany({
        id: 'e2e-c-st',
        name: '汕头市东信纺织有限公司',
        cityCode: '440500',
        pillarGroup: 'textilesGarments',
      }),
      {
        title: '2021 年度自愿性清洁生产审核',
        auditType: 'voluntary',
        mandatoryBases: [],
        listPublishedOn: null,
        state: 'accepted',
        baseYear: 2020,
      },
      demo.options.length,
    ),
    copy(
      'e2e-zhanjiang',
      demoCompany({
        id: 'e2e-c-zj',
        name: '湛江市西港食品有限公司',
        cityCode: '440800',
        pillarGroup: 'foodBeverages',
      }),
      {
        title: '2026 年度强制性清洁生产审核',
        listPublishedOn: '2026-01-05',
        completedStages: [],
      },
      10,
    ),
  ];
}

/** What the page should show, from the same shared code the unit tests check by hand. */
function expectedTotals(snapshots: AuditSnapshot[], region?: string) {
  const entries = snapshots.map((s) => ({
    audit: s.audit,
    company: s.company,
    summary:
      auditSummaryOrNull(s.audit, s.options, {
        coefficientSet:
          COEFFICIENT_SETS[DEFAULT_ENERGY_ACCOUNTING.coefficientSetId],
        electricityBasis: DEFAULT_ENERGY_ACCOUNTING.electricityBasis,
      }) ?? (undefined as never),
  }));
  return portfolioTotals(
    region ? filterPortfolio(entries, { region }) : entries,
  );
}

// Written straight into the app's database after the demo is opened, as
// the bench does: rows exactly as the repositories store them.
async function seed(page: Page, snapshots: AuditSnapshot[]): Promise<void> {
  await putRows(page, {
    companies: snapshots.map((s) => s.company),
    audits: snapshots.map((s) => s.audit),
    options: snapshots.flatMap((s) => s.options),
  });
}

const money = (value: number) =>
  new Intl.NumberFormat('zh-CN', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);

describe('the statistics page in Chromium', () => {
  const openBrowser = freshProfilePerTest();

  it('adds up three audits, filters by region, exports, tracks deadlines, certificates and plan targets', async () => {
    const { page, errors, context, profile } = await openBrowser();
    // The fake clock: deadlines and expiry are counted from 1 June 2026.
    await context.clock.setFixedTime(new Date('2026-06-01T10:00:00+08:00'));
    await page.goto(baseUrl);
    await page.getByRole('button', { name: '打开示例审核' }).first().click();
    await page.getByRole('heading', { name: /强制性清洁生产审核/ }).waitFor();
    const extra = extraSnapshots();
    await seed(page, extra);
    const all = [demoSnapshot(), ...extra];

    await page.goto(`${baseUrl}#/statistics`);
    await page.reload();
    await page
      .getByTestId('stats-count')
      .getByText('3 个审核项目，涉及 3 家企业')
      .waitFor();
    const totals = page.getByRole('region', { name: '绩效汇总' });
    const investmentRow = totals.getByRole('row', { name: /^投资（万元）/ });
    const everything = expectedTotals(all);
    await investmentRow
      .getByRole('cell', {
        name: money(everything.summary.estimated.investmentWanYuan),
        exact: true,
      })
      .waitFor();
    const chart = page.getByRole('img', { name: /按区域的/ });
    await expect(chart.locator('[data-bar-label]').count()).resolves.toBe(3);
    await screenshot(page, 'statistics-01-all');

    await page
      .getByRole('group', { name: '筛选' })
      .getByLabel('区域')
      .selectOption({ label: '东翼' });
    await page
      .getByTestId('stats-count')
      .getByText('1 个审核项目，涉及 1 家企业')
      .waitFor();
    const east = expectedTotals(all, 'east');
    expect(east.summary.estimated.investmentWanYuan).not.toBe(
      everything.summary.estimated.investmentWanYuan,
    );
    await investmentRow
      .getByRole('cell', {
        name: money(east.summary.estimated.investmentWanYuan),
        exact: true,
      })
      .waitFor();
    await expect(chart.locator('[data-bar-label]').count()).resolves.toBe(1);
    await chart.locator('[data-bar-label="东翼"]').waitFor();
    await screenshot(page, 'statistics-02-east');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel：绩效汇总' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('绩效汇总.xlsx');
    const saved = path.join(profile, 'totals.xlsx');
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A2').value).toBe('投资（万元）');
    expect(sheet?.getCell('B2').value).toBeCloseTo(
      east.summary.estimated.investmentWanYuan,
      6,
    );
    expect(sheet?.getCell('C2').value).toBeCloseTo(
      east.summary.verified.investmentWanYuan,
      6,
    );

    // Deadlines ignore the filter: the Zhanjiang audit is overdue and first.
    const board = page.getByRole('region', { name: '强制性审核期限' });
    const first = board.getByRole('row').nth(1);
    await first.getByText('湛江市西港食品有限公司').waitFor();
    await expect(first.getByText('已逾期').count()).resolves.toBe(2);
    await first.getByText('2026-02-05').waitFor();

    const certificates = page.getByRole('region', { name: '验收证书到期' });
    await certificates.getByText('尚未填写验收日期').waitFor();
    await certificates.getByLabel('验收日期').fill('2027-01-01');
    await certificates.getByRole('button', { name: '保存验收日期' }).click();
    await certificates
      .getByText('请按 2026-03-05 的格式填写验收日期，且不能晚于今天。')
      .waitFor();
    await certificates.getByLabel('验收日期').fill('2021-09-10');
    await certificates.getByRole('button', { name: '保存验收日期' }).click();
    // 2021-09-10 + 5 years; 29 + 31 + 31 + 10 days from 1 June.
    const row = certificates.getByRole('row', { name: /2026-09-10/ });
    await row.getByText('101 天').waitFor();

    const plan = page.getByRole('region', { name: '计划目标完成情况' });
    await plan
      .getByLabel('指标')
      .selectOption({ label: '开展清洁生产审核的企业（家）' });
    await plan.getByLabel('目标值').fill('abc');
    await plan.getByRole('button', { name: '添加目标' }).click();
    await plan.getByText('目标值须为大于 0 的数字。').waitFor();
    await plan.getByLabel('目标值').fill('10');
    await plan.getByRole('button', { name: '添加目标' }).click();
    // Audit year 2026: the demo and the Zhanjiang audit; Shantou is 2021.
    const target = plan.getByRole('row', { name: /开展清洁生产审核的企业/ });
    await target.getByText('20%').waitFor();
    await screenshot(page, 'statistics-03-deadlines-plan');

    expect(errors).toEqual([]);
  });
});

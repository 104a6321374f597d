import { packageFigures } from './bench-packages';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { preview } from 'vite';
import { demoAudit, demoCompany } from '../shared/demo/demo-audit';
import { chromiumArgs as args, chromiumPath } from './chromium';
import { rendererConfig } from './renderer-config';

/**
 * `npm run bench`: performance figures printed as a table and compared with
 * the targets in the design (never asserted in tests). Each figure is the
 * median of several runs on this machine.
 */

type Figure = {
  name: string;
  value: number;
  unit: string;
  target: number;
  note: string;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function benchAudits(count: number) {
  const companies = Array.from({ length: count }, (_, i) =>
    demoCompany({
      id: `bench-company-${i}`,
      name: `基准测试企业 ${i + 1} 有限公司`,
    }),
  );
  const audits = companies.map((company, i) =>
    demoAudit({
      id: `bench-audit-${i}`,
      companyId: company.id,
      title: `${2020 + (i % 7)} 年度清洁生产审核 #${i + 1}`,
      auditType: i % 3 === 0 ? 'mandatory' : 'voluntary',
      updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    }),
  );
  return { companies, audits };
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args,
  });
}

async function coldStart(baseUrl: string, runs: number): Promise<Figure> {
  const profile = mkdtempSync(path.join(tmpdir(), 'cpaw-bench-'));
  try {
    const seed = await launch(profile);
    const page = seed.pages()[0] ?? (await seed.newPage());
    await page.goto(baseUrl);
    await page.locator('[data-ready="true"]').waitFor();
    const data = benchAudits(500);
    // Written straight into the app's own database, as if typed over months.
    await page.evaluate(
      async ({ companies, audits }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('cp-audit-workbench');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(
              ['audits', 'companies'],
              'readwrite',
            );
            for (const company of companies)
              tx.objectStore('companies').put(company);
            for (const audit of audits) tx.objectStore('audits').put(audit);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      data,
    );
    await seed.close();

    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await launch(profile);
      const tab = context.pages()[0] ?? (await context.newPage());
      await tab.goto(baseUrl);
      await tab.locator('tbody tr').nth(499).waitFor({ state: 'attached' });
      const mark = await tab.evaluate(async () => {
        for (let i = 0; i < 100; i += 1) {
          const found = performance.getEntriesByName('audit-list-painted')[0];
          if (found) return found.startTime;
          await new Promise((r) => setTimeout(r, 20));
        }
        return NaN;
      });
      times.push(mark);
      await context.close();
    }
    return {
      name: 'cold start to audit list first paint (500 audits)',
      value: median(times),
      unit: 'ms',
      target: 1000,
      note: `median of ${runs}; navigation start → list painted with data`,
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    `${f.value.toFixed(0)} ${f.unit}`,
    `≤ ${f.target} ${f.unit}`,
    f.value <= f.target ? 'ok' : 'OVER',
    f.note,
  ]);
  const header = ['figure', 'measured', 'target', 'status', 'how'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  process.stdout.write(
    `${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`,
  );
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}

const server = await preview({
  ...rendererConfig(),
  configFile: false,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0 },
});
try {
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('preview server has no address');
  const figures = [await coldStart(baseUrl, 5)];
  printTable(figures);
  // Package figures need no browser; they get a table of their own.
  printTable(await packageFigures());
} finally {
  await server.close();
}

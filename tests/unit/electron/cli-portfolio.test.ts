import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AuditSnapshot } from '@shared/model/snapshot';
import { runCli } from '../../../electron/cli/run';
import { capture } from '../../fixtures/cli-io';
import { portfolioSnapshots } from '../../fixtures/portfolio';

/** A .cpaudit as far as this command reads it: a zip with audit.json. */
function packageBytes(snapshot: unknown): Uint8Array {
  return zipSync({
    'manifest.json': strToU8('{"format":"cp-audit-package"}'),
    'audit.json': strToU8(JSON.stringify(snapshot)),
  });
}

/**
 * The four fixture audits: A1 and A2 as packages, A3 as audit.json, A4 as
 * a package; plus an older copy of A2 (revision 1, still in progress) and a
 * newer copy of A1 whose only change is its revision.
 */
function portfolioFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpaw-cli-portfolio-'));
  const [a1, a2, a3, a4] = portfolioSnapshots() as [
    AuditSnapshot,
    AuditSnapshot,
    AuditSnapshot,
    AuditSnapshot,
  ];
  const a2v2 = { ...a2, audit: { ...a2.audit, revision: 2 } };
  const a2v1 = {
    ...a2,
    audit: { ...a2.audit, state: 'in-progress' as const },
  };
  writeFileSync(path.join(dir, 'a1.cpaudit'), packageBytes(a1));
  writeFileSync(
    path.join(dir, 'a1-again.cpaudit'),
    packageBytes({ ...a1, audit: { ...a1.audit, revision: 4 } }),
  );
  writeFileSync(path.join(dir, 'a2.cpaudit'), packageBytes(a2v2));
  writeFileSync(path.join(dir, 'a2-old.json'), JSON.stringify(a2v1));
  writeFileSync(path.join(dir, 'a3.json'), JSON.stringify(a3));
  writeFileSync(path.join(dir, 'a4.cpaudit'), packageBytes(a4));
  writeFileSync(path.join(dir, 'notes.txt'), 'not an audit');
  return dir;
}

describe('summary over a folder', () => {
  it('adds up the audits once each, at their newest revision', async () => {
    const { io, out, err } = capture();
    expect(await runCli(['summary', portfolioFolder(), '--json'], io)).toBe(0);
    const report = JSON.parse(out.join('\n'));

    expect(report.audits).toBe(4);
    expect(report.companies).toBe(3);
    // A2's newer copy is evaluated; the older one would have made it 3.
    expect(report.byState).toEqual({
      'in-progress': 2,
      evaluated: 1,
      accepted: 1,
    });
    // The single-audit shape: counts under `options`, the estimated
    // figures at the top level, the verified ones under `verified`.
    expect(report.options.total).toBe(5);
    expect(report.investmentWanYuan).toBe(52);
    expect(report.estimated).toBeUndefined();
    expect(report.source).toBe('folder');
    expect(report.verified.investmentWanYuan).toBe(32);
    expect(report.verified.savings.electricityKwh).toBe(60_000);
    expect(err.join('\n')).toContain('2 个文件未重复计入');
  });

  it('groups by region with labels in the chosen language', async () => {
    const { io, out } = capture();
    await runCli(['summary', portfolioFolder(), '--json', '--lang', 'en'], io);
    const regions = JSON.parse(out.join('\n')).groupings.region;
    expect(
      regions.map((g: { key: string; label: string; audits: number }) => [
        g.key,
        g.label,
        g.audits,
      ]),
    ).toEqual([
      ['prd', 'Pearl River Delta', 2],
      ['east', 'East wing', 1],
      ['west', 'West wing', 1],
    ]);
    expect(regions[1].verified.savings.waterT).toBe(4500);
  });

  it('prints a table with the audit counts and the groups', async () => {
    const { io, out } = capture();
    expect(await runCli(['summary', portfolioFolder()], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('审核项目 4 个，涉及企业 3 家');
    expect(text).toContain('按区域');
    expect(text).toMatch(/珠三角\s+2/);
  });

  it('refuses totals when a file is not a sound package, naming it', async () => {
    const dir = portfolioFolder();
    writeFileSync(path.join(dir, 'broken.cpaudit'), 'not a zip');
    writeFileSync(
      path.join(dir, 'empty.cpaudit'),
      zipSync({ 'manifest.json': strToU8('{}') }),
    );
    const { io, out, err } = capture();
    expect(await runCli(['summary', dir, '--json'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('broken.cpaudit 不是可读取的审核包');
    expect(err.join('\n')).toContain('empty.cpaudit 中没有 audit.json');
    expect(err.at(-1)).toBe(
      '有 2 个文件无法读取，未输出汇总。请修正或移出这些文件后重试。',
    );
  });

  it('reports a package whose audit.json fails the schema', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cpaw-cli-portfolio-'));
    const [a1] = portfolioSnapshots() as [AuditSnapshot];
    const bad = { ...a1, audit: { ...a1.audit, state: 'finished' } };
    writeFileSync(path.join(dir, 'bad.cpaudit'), packageBytes(bad));
    const { io, err } = capture();
    expect(await runCli(['summary', dir], io)).toBe(1);
    expect(err[0]).toContain('不是有效的审核快照');
    expect(err.join('\n')).toContain('audit.state');
  });

  it('says so when the folder holds no audit files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cpaw-cli-portfolio-'));
    const { io, err } = capture();
    expect(await runCli(['summary', dir], io)).toBe(1);
    expect(err[0]).toContain('中没有 .cpaudit 或 .json 审核文件');
  });
});

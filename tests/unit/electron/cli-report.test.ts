import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '@shared/demo/demo-audit';
import { pdfPageCount } from '@shared/report/render';
import { runCli } from '../../../electron/cli/run';
import { capture } from './cli-io';

function demoFile(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpaw-cli-report-'));
  const file = path.join(dir, 'audit.json');
  writeFileSync(file, JSON.stringify(demoSnapshot()));
  return { dir, file };
}

describe('the report command', () => {
  it('writes the report and the performance table as PDFs, and the report as .docx', async () => {
    const { dir, file } = demoFile();
    const { io, out, err } = capture();
    const report = path.join(dir, 'r.pdf');
    const table = path.join(dir, 't.pdf');
    const word = path.join(dir, 'r.docx');
    const code = await runCli(
      [
        'report',
        file,
        '--out',
        report,
        '--kind',
        '验收稿',
        '--performance',
        table,
        '--docx',
        word,
      ],
      io,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(pdfPageCount(readFileSync(report))).toBeGreaterThan(20);
    expect(pdfPageCount(readFileSync(table))).toBe(1);
    expect(out[0]).toContain('r.pdf');
    // A .docx is a zip file.
    expect(readFileSync(word).subarray(0, 2).toString()).toBe('PK');
    expect(out[2]).toMatch(/r\.docx（\d+ KB）$/);
  }, 180_000);

  it('refuses an unknown kind with exit 2 and writes nothing', async () => {
    const { dir, file } = demoFile();
    const { io, err } = capture();
    const report = path.join(dir, 'r.pdf');
    expect(
      await runCli(['report', file, '--out', report, '--kind', '草稿'], io),
    ).toBe(2);
    expect(err).toEqual([
      '--kind 只能是 评估稿、送审稿 或 验收稿，收到“草稿”。',
    ]);
    expect(existsSync(report)).toBe(false);
  });

  it('asks for --out and for a file, in English with --lang en', async () => {
    const { file } = demoFile();
    const first = capture();
    expect(await runCli(['report', file, '--lang', 'en'], first.io)).toBe(2);
    expect(first.err[0]).toMatch(/^Missing --out file/);
    const second = capture();
    expect(await runCli(['report', '--out', 'x.pdf'], second.io)).toBe(2);
    expect(second.err[0]).toContain('请给出一个审核快照文件');
  });

  it('reports a snapshot that does not parse with exit 1', async () => {
    const { dir } = demoFile();
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"formatVersion": 1}');
    const { io, err } = capture();
    const out = path.join(dir, 'r.pdf');
    expect(await runCli(['report', bad, '--out', out], io)).toBe(1);
    expect(err[0]).toContain('不是有效的审核快照');
    expect(existsSync(out)).toBe(false);
  });
});

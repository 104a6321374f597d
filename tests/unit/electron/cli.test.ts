import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSnapshotSchema } from '@shared/model/snapshot';
import { runCli } from '../../../electron/cli/run';
import { capture } from '../../fixtures/cli-io';

describe('the command line', () => {
  it('writes the demo audit as a valid snapshot and its report with demo --out', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cpaw-cli-'));
    const { io, out } = capture();

    expect(await runCli(['demo', '--out', dir], io)).toBe(0);
    const written = JSON.parse(
      readFileSync(path.join(dir, 'demo-audit.json'), 'utf8'),
    );
    expect(auditSnapshotSchema.safeParse(written).success).toBe(true);
    expect(out[0]).toContain('demo-audit.json');
    const pdf = readFileSync(path.join(dir, 'demo.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(out[1]).toContain('demo.pdf');
    // Rendering the whole report takes a few seconds on a busy machine.
  }, 120_000);

  it('says in Chinese by default that a command is unknown, and exits 2', async () => {
    const { io, err } = capture();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(err).toEqual([
      '未知命令“frobnicate”。运行 npm run cli -- help 查看可用命令。',
    ]);
  });

  it('answers in English with --lang en', async () => {
    const { io, err } = capture();
    expect(await runCli(['demo', '--lang', 'en'], io)).toBe(2);
    expect(err[0]).toMatch(/^Missing --out DIR/);
  });

  it('refuses an option it does not know', async () => {
    const { io, err } = capture();
    expect(await runCli(['demo', '--out', '.', '--force'], io)).toBe(2);
    expect(err[0]).toMatch(/^参数有误/);
  });

  it('reports an unwritable folder with exit 1 and a next step', async () => {
    const { io, err } = capture();
    const dir = mkdtempSync(path.join(tmpdir(), 'cpaw-cli-'));
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, '');
    expect(await runCli(['demo', '--out', file], io)).toBe(1);
    expect(err[0]).toMatch(/请检查目录/);
  });
});

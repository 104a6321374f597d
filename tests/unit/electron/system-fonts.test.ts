import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type * as NodeOs from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The user's own font folder (~/.fonts) is one of the places searched; a
// temporary home stands in for it.
let home = '';
vi.mock('node:os', async (original) => {
  const actual = await original<typeof NodeOs>();
  return { ...actual, default: { ...actual, homedir: () => home } };
});

const { readSystemReportFonts } =
  await import('../../../electron/report/fonts');

describe('the system fonts for the report', () => {
  afterEach(() => {
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('reads 仿宋 and 黑体 when both are installed, and nothing when one is missing', async () => {
    home = mkdtempSync(path.join(tmpdir(), 'cpaw-fonts-'));
    const fonts = path.join(home, '.fonts');
    mkdirSync(fonts);
    writeFileSync(path.join(fonts, 'simfang.ttf'), Uint8Array.of(1, 2, 3));
    expect(await readSystemReportFonts()).toBeNull();

    writeFileSync(path.join(fonts, 'simhei.ttf'), Uint8Array.of(4, 5));
    const found = await readSystemReportFonts();
    expect(Object.keys(found ?? {}).sort()).toEqual([
      'simfang.ttf',
      'simhei.ttf',
    ]);
    expect([...(found?.['simhei.ttf'] ?? [])]).toEqual([4, 5]);
  });
});

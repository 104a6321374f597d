import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { performanceSummary } from '@shared/calc/performance-summary';
import { demoSnapshot } from '@shared/demo/demo-audit';
import { COEFFICIENT_SETS } from '@shared/reference/coefficients';
import { runCli } from '../../../electron/cli/run';
import { capture } from '../../fixtures/cli-io';

/**
 * The demo snapshot as `demo --out` writes it (without rendering the demo
 * report, which these tests do not read); returns its path.
 */
async function demoFile(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpaw-cli-options-'));
  const file = path.join(dir, 'demo-audit.json');
  writeFileSync(file, `${JSON.stringify(demoSnapshot(), null, 2)}\n`);
  return file;
}

function demoSummary(
  setId: keyof typeof COEFFICIENT_SETS,
  basis: 'calorific' | 'equivalent',
) {
  const { audit, options } = demoSnapshot();
  return performanceSummary(options, {
    costClassRules: audit.costClassRules,
    coefficientSet: COEFFICIENT_SETS[setId],
    electricityBasis: basis,
  });
}

// domain.md §4.5: I = 150, Y = n = 10, i = 5 %. With t = 20 % a saving of
// 36.875 gives D = 15, T = 21.875, E = 17.5 and the example's F = 32.5.
const WORKED_EXAMPLE = [
  'feasibility',
  '--investment',
  '150',
  '--saving',
  '36.875',
  '--years',
  '10',
  '--rate',
  '0.05',
  '--tax',
  '0.2',
];

describe('summary', () => {
  it('prints exactly the performance summary of the demo snapshot with --json', async () => {
    const file = await demoFile();
    const { io, out } = capture();

    expect(await runCli(['summary', file, '--json'], io)).toBe(0);
    const summary = demoSummary('gbt2589-2020', 'calorific');
    expect(JSON.parse(out.join('\n'))).toEqual({
      options: summary.optionCounts,
      ...summary.estimated,
      verified: summary.verified,
      source: 'audit',
      coefficientSet: 'gbt2589-2020',
      electricityBasis: 'calorific',
    });
  });

  it('uses the coefficient set and electricity basis it is given', async () => {
    const file = await demoFile();
    const { io, out } = capture();
    const args = ['--coefficients', 'gbt2589-2008', '--basis', 'equivalent'];

    expect(await runCli(['summary', file, '--json', ...args], io)).toBe(0);
    const summary = demoSummary('gbt2589-2008', 'equivalent');
    const printed = JSON.parse(out.join('\n'));
    expect(printed.energySavedTcePerYear).toBe(
      summary.estimated.energySavedTcePerYear,
    );
    expect(printed.verified).toEqual(summary.verified);
    expect(printed.electricityBasis).toBe('equivalent');
  });

  it('prints a table in English with --lang en', async () => {
    const file = await demoFile();
    const { io, out } = capture();

    expect(await runCli(['summary', file, '--lang', 'en'], io)).toBe(0);
    expect(out).toContain(
      '40 options: 31 no/low-cost, 9 mid/high-cost; 32 implemented',
    );
    expect(out.find((line) => line.startsWith('  Electricity'))).toMatch(
      /2,068,000\s+933,000$/,
    );
  });

  it('refuses an unknown coefficient set and basis, one line each', async () => {
    const { io, err } = capture();
    const args = ['--coefficients', 'gbt2589-1990', '--basis', 'primary'];

    expect(await runCli(['summary', 'audit.json', ...args], io)).toBe(2);
    expect(err).toHaveLength(2);
  });

  it('reports a file that is no audit snapshot with exit 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cpaw-cli-options-'));
    const file = path.join(dir, 'audit.json');
    writeFileSync(file, JSON.stringify({ formatVersion: 1 }));
    const { io, err } = capture();

    expect(await runCli(['summary', file, '--lang', 'en'], io)).toBe(1);
    expect(err[0]).toBe(`${file} is not a valid audit snapshot; 2 problems:`);
    expect(err.slice(1).map((line) => line.split(':')[0])).toEqual([
      '  audit',
      '  company',
    ]);
  });
});

describe('feasibility', () => {
  it('reproduces the worked example with --json, rates as fractions', async () => {
    const { io, out } = capture();

    expect(await runCli([...WORKED_EXAMPLE, '--json'], io)).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(Object.keys(result)).toEqual([
      'investmentNet',
      'depreciation',
      'taxableProfit',
      'netProfit',
      'annualCashFlow',
      'paybackYears',
      'npv',
      'npvr',
      'irr',
      'irrInterpolated',
    ]);
    expect(result.annualCashFlow).toBe(32.5);
    expect(result.npv).toBeCloseTo(100.96, 2);
    expect(result.irrInterpolated).toBeCloseTo(0.1726, 4);
  });

  it('reads a rate given in percent as the same fraction', async () => {
    const { io, out } = capture();
    const percent = WORKED_EXAMPLE.map((a) => (a === '0.05' ? '5%' : a));

    expect(await runCli([...percent, '--json'], io)).toBe(0);
    expect(JSON.parse(out.join('\n')).npv).toBeCloseTo(100.96, 2);
  });

  it('prints a table in Chinese by default', async () => {
    const { io, out } = capture();

    expect(await runCli(WORKED_EXAMPLE, io)).toBe(0);
    expect(out.find((line) => line.startsWith('净现值 NPV'))).toMatch(
      /100\.96$/,
    );
  });

  it('refuses a rate of 1 or more with exit 2 and nothing on stdout', async () => {
    const { io, out, err } = capture();
    const bad = WORKED_EXAMPLE.map((a) => (a === '0.05' ? '1.5' : a));

    expect(await runCli(bad, io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      '--rate 必须不小于 0 且小于 1（如 0.05），也可写成百分数（如 5%）。',
    ]);
  });

  it('reports every bad number on its own line', async () => {
    const { io, err } = capture();
    const args = [
      'feasibility',
      '--investment=-3',
      '--saving',
      'abc',
      '--years',
      '2.5',
      '--rate',
      '0.05',
      '--lang',
      'en',
    ];

    expect(await runCli(args, io)).toBe(2);
    expect(err).toEqual([
      '--saving “abc” is not a number.',
      'Missing --tax.',
      '--investment: the investment less the subsidy must be above 0.',
      '--years must be a whole number from 1 to 100.',
    ]);
  });
});
